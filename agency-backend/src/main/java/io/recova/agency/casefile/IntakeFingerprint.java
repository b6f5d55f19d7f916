package io.recova.agency.casefile;

import io.recova.agency.platform.Sha256;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A SHA-256 of what a submitted dossier says, blind to spacing, letter case of codes and trailing
 * zeros, so that a retried submission is recognised as the same and a different one is not.
 */
final class IntakeFingerprint {

  private IntakeFingerprint() {}

  static String of(NewCase c) {
    StringBuilder b = new StringBuilder();
    field(b, c.externalReference());
    NewDebtor d = c.debtor();
    field(b, d.kind());
    field(b, d.name());
    field(b, Debtor.normalisedNumber(d.registrationNumber()));
    if (d.address() != null) {
      field(b, d.address().line1());
      field(b, d.address().line2());
      field(b, d.address().postalCode());
      field(b, d.address().city());
      field(b, NewCaseRules.isEmpty(d.address()) ? null : NewCaseRules.countryOf(d.address()));
    }
    field(b, d.email() == null ? null : d.email().toLowerCase(Locale.ROOT));
    field(b, d.phone());
    field(b, c.formalNoticeDate());
    for (NewClaim k : c.claims()) {
      field(b, k.invoiceNumber());
      field(b, k.invoiceDate());
      field(b, k.dueDate());
      field(b, k.principal() == null ? null : k.principal().stripTrailingZeros().toPlainString());
      field(b, Claim.currencyOf(k).getCurrencyCode());
      field(b, k.nature());
      field(b, k.contractRatePercent() == null ? null : plain(k.contractRatePercent()));
      if (k.vatPercent() != null) {
        // Only when given, so that dossiers submitted before the field existed keep their print.
        field(b, "vat " + plain(k.vatPercent()));
      }
    }
    return Sha256.hex(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  private static void field(StringBuilder b, Object value) {
    String text = value == null ? "" : Objects.toString(value).strip();
    // Length-prefixed so that no two different dossiers can produce the same text.
    b.append(text.length()).append(':').append(text).append('|');
  }
}
