package io.recova.agency.payment;

import io.recova.agency.platform.Sha256;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment to post on a case.
 *
 * @param designatedClaimId the claim the debtor said it pays (C. civ. 1342-10), or null
 * @param reference the bank's or the cheque's reference, free text, or null
 */
public record NewPayment(BigDecimal amount, String currency, PaymentMethod method,
    java.time.LocalDate valueDate, UUID designatedClaimId, String reference) {

  /**
   * What identifies this request's content, for telling a retry (same key, same content) from a
   * different payment that reuses a key. Amounts compare by value: 100 and 100.00 are the same.
   */
  public String fingerprint() {
    String canonical = String.join("|",
        amount == null ? "" : amount.stripTrailingZeros().toPlainString(),
        Objects.toString(currency, "").strip().toUpperCase(java.util.Locale.ROOT),
        Objects.toString(method, ""),
        Objects.toString(valueDate, ""),
        Objects.toString(designatedClaimId, ""),
        reference == null ? "" : reference.strip());
    return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
  }
}
