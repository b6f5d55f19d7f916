package io.recova.reports.letter;

import io.recova.agency.letter.LetterClaimLine;
import io.recova.agency.letter.LetterContent;
import io.recova.agency.letter.LetterKind;
import io.recova.agency.letter.LetterParty;
import io.recova.agency.letter.LetterTotals;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Letters as the backend composes them: three unpaid invoices of a bakery's customer. */
final class LetterSamples {

  static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 22);
  static final LocalDate PAY_BY = LocalDate.of(2026, 12, 7);
  static final LocalDate FIRST_LETTER_DATE = LocalDate.of(2026, 11, 2);

  private LetterSamples() {}

  static AgencyIdentity agency() {
    return new AgencyIdentity(
        "Recova Recouvrement SAS",
        "12 rue de la Bourse, 69002 Lyon, France",
        "552100554",
        "contact@recova.example",
        "+33 4 72 00 00 00",
        "FR7630004000031234567890143",
        "dpo@recova.example");
  }

  static LetterParty creditor() {
    return creditor("Boulangerie L'Épi d'Or");
  }

  static LetterParty creditor(String name) {
    return new LetterParty(name, List.of("4 place des Terreaux", "69001 Lyon", "France"));
  }

  static LetterParty debtor() {
    return new LetterParty(
        "Café des Canuts SARL",
        List.of("À l'attention de M. Paul Girard", "8 rue d'Austerlitz", "69004 Lyon"));
  }

  /** A debtor abroad, who gets English letters. */
  static LetterParty foreignDebtor() {
    return new LetterParty(
        "Harbour Coffee Ltd",
        List.of("Unit 4, Riverside Park", "Bristol BS1 4QA", "United Kingdom"));
  }

  static List<LetterClaimLine> claims() {
    return List.of(
        line(
            "F-2025-0412", "2025-09-15", "2025-10-15", "1200.00", "52.37", "40.00", "0", "1292.37"),
        line(
            "F-2025-0467",
            "2025-10-02",
            "2025-11-01",
            "850.50",
            "28.14",
            "40.00",
            "300.00",
            "618.64"),
        line(
            "F-2025-0511",
            "2025-10-20",
            "2025-11-19",
            "2340.00",
            "41.09",
            "40.00",
            "0",
            "2421.09"));
  }

  /** The sum of {@link #claims()}, with no costs borne by the debtor. */
  static LetterTotals totals() {
    return totals("0");
  }

  static LetterTotals totals(String costs) {
    Money due = eur("4332.10").plus(eur(costs));
    return new LetterTotals(
        eur("4390.50"), eur("121.60"), eur("120.00"), eur(costs), eur("300.00"), due);
  }

  /** A first letter: no earlier letter to repeat. */
  static LetterContent first(LetterKind kind, Locale language) {
    return letter(kind, language, "LTR-2026-000123", null, null, totals(), creditor());
  }

  /** A later contact, which repeats the first letter's reference and date (R3.4). */
  static LetterContent later(LetterKind kind, Locale language) {
    return letter(
        kind,
        language,
        "LTR-2026-000123",
        "LTR-2026-000098",
        FIRST_LETTER_DATE,
        totals(),
        creditor());
  }

  static LetterContent withTotals(LetterTotals totals) {
    return letter(
        LetterKind.FORMAL_NOTICE,
        Locale.FRENCH,
        "LTR-2026-000123",
        "LTR-2026-000098",
        FIRST_LETTER_DATE,
        totals,
        creditor());
  }

  static LetterContent withCreditor(LetterParty creditor) {
    return letter(
        LetterKind.FORMAL_NOTICE, Locale.FRENCH, "LTR-2026-000123", null, null, totals(), creditor);
  }

  /** A formal notice from an agency at another address. */
  static LetterContent fromAgencyAt(String address) {
    AgencyIdentity agency = agency();
    LetterContent letter = first(LetterKind.FORMAL_NOTICE, Locale.FRENCH);
    return new LetterContent(
        letter.kind(),
        letter.language(),
        letter.reference(),
        letter.date(),
        new AgencyIdentity(
            agency.name(),
            address,
            agency.registrationNumber(),
            agency.email(),
            agency.phone(),
            agency.trustAccountIban(),
            agency.privacyContact()),
        letter.creditor(),
        letter.debtor(),
        letter.caseReference(),
        letter.claims(),
        letter.totals(),
        letter.payBy(),
        null,
        null,
        letter.collectorName());
  }

  static LetterContent withReference(String reference) {
    return letter(
        LetterKind.FRIENDLY_REMINDER, Locale.FRENCH, reference, null, null, totals(), creditor());
  }

  static LetterContent letter(
      LetterKind kind,
      Locale language,
      String reference,
      String firstLetterReference,
      LocalDate firstLetterDate,
      LetterTotals totals,
      LetterParty creditor) {
    return new LetterContent(
        kind,
        language,
        reference,
        LETTER_DATE,
        agency(),
        creditor,
        language.getLanguage().equals("en") ? foreignDebtor() : debtor(),
        "REC-2026-0042",
        claims(),
        totals,
        PAY_BY,
        firstLetterReference,
        firstLetterDate,
        "Camille Martin");
  }

  private static LetterClaimLine line(
      String invoice,
      String invoiceDate,
      String dueDate,
      String principal,
      String interest,
      String indemnity,
      String paid,
      String due) {
    return new LetterClaimLine(
        invoice,
        LocalDate.parse(invoiceDate),
        LocalDate.parse(dueDate),
        eur(principal),
        eur(interest),
        eur(indemnity),
        eur(paid),
        eur(due));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
