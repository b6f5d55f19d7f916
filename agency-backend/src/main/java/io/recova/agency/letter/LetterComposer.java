package io.recova.agency.letter;

import io.recova.agency.casefile.ClaimView;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.valuation.CaseBalance;
import io.recova.agency.valuation.ClaimBalance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes what a letter says from the case as it stands on the letter's date: the parties, each
 * unpaid invoice with its interest and indemnity, and the total to pay by a date.
 */
public final class LetterComposer {

  /** The letter being written: its kind, language, reference and date. */
  public record Heading(LetterKind kind, Locale language, String reference, LocalDate date) {}

  /** The first letter sent on the case, which later letters quote (R124-4); null when none. */
  public record FirstLetter(String reference, LocalDate date) {}

  private LetterComposer() {}

  public static LetterContent compose(Heading heading, AgencyIdentity agency,
      CreditorClientView creditor, String debtorName, PostalAddress debtorAddress,
      String caseReference, List<ClaimView> claims, CaseBalance balance, FirstLetter first,
      String collectorName) {
    Map<UUID, ClaimView> byId = claims.stream()
        .collect(Collectors.toMap(ClaimView::id, Function.identity()));
    List<LetterClaimLine> lines = new ArrayList<>();
    for (ClaimBalance c : balance.claims()) {
      if (!c.due().isZero() && !c.due().isNegative()) {
        ClaimView claim = byId.get(c.claimId());
        lines.add(new LetterClaimLine(c.invoiceNumber(),
            claim == null ? null : claim.invoiceDate(), c.dueDate(), c.principal(), c.interest(),
            c.indemnity(), c.paidToInterest().plus(c.paidToIndemnity()).plus(c.paidToPrincipal()),
            c.due()));
      }
    }
    LetterTotals totals = new LetterTotals(balance.principal(), balance.interest(),
        balance.indemnity(), balance.costs(), balance.paid(), balance.due());
    return new LetterContent(heading.kind(), heading.language(), heading.reference(),
        heading.date(), agency, new LetterParty(creditor.name(), lines(creditor.address())),
        new LetterParty(debtorName, lines(debtorAddress)), caseReference, lines, totals,
        heading.date().plusDays(heading.kind().payWithinDays()),
        first == null ? null : first.reference(), first == null ? null : first.date(),
        collectorName);
  }

  /** French for a debtor in France (or of unknown country), English for one abroad. */
  public static Locale languageFor(PostalAddress address) {
    return address == null || address.countryCode() == null
        || "FR".equals(address.countryCode()) ? Locale.FRENCH : Locale.ENGLISH;
  }

  static List<String> lines(PostalAddress a) {
    if (a == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(a.line1());
    if (a.line2() != null && !a.line2().isBlank()) {
      out.add(a.line2());
    }
    out.add((a.postalCode() == null ? "" : a.postalCode() + " ") + a.city());
    if (a.countryCode() != null && !"FR".equals(a.countryCode())) {
      out.add(new Locale("", a.countryCode()).getDisplayCountry(Locale.ENGLISH).toUpperCase(
          Locale.ROOT));
    }
    return out;
  }

  static List<String> lines(String freeText) {
    if (freeText == null || freeText.isBlank()) {
      return List.of();
    }
    return List.of(freeText.strip().split("\\s*\\R\\s*"));
  }
}
