package io.recova.reports.letter;

import io.recova.agency.letter.LetterContent;
import io.recova.agency.letter.LetterParty;
import io.recova.agency.letter.LetterTotals;
import io.recova.agency.money.Iban;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.i18n.DocumentFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a collection letter prints, already worded and formatted for its language. Each component
 * fills the template parameter of the same name ({@code collection-letter.jrxml}); the claims fill
 * its rows ({@link ClaimRow}).
 *
 * <p>Components that may be null are left out of the letter: {@code firstLetter} on a first letter,
 * {@code totalCosts} when the debtor bears no costs, {@code recoveryCostsTranslation} on a French
 * letter. {@code paymentMethods}, {@code recoveryCostsTranslation} and {@code privacyNotice} are
 * styled markup.
 */
record CollectionLetterData(
    String agencyName,
    String agencyActivity,
    String agencyAddress,
    String agencyRegistrationNumber,
    String agencyEmail,
    String agencyPhone,
    String senderLine,
    String debtorName,
    String debtorAddress,
    String creditor,
    String reference,
    String caseReference,
    String firstLetter,
    String placeAndDate,
    String subject,
    String body,
    String totalPrincipal,
    String totalInterest,
    String totalIndemnity,
    String totalCosts,
    String totalPaid,
    String totalDue,
    String demand,
    String paymentMethods,
    String closing,
    String signature,
    String recoveryCosts,
    String recoveryCostsTranslation,
    String privacyNotice) {

  /** A French postcode and the town after it, which is where the letter is written from. */
  private static final Pattern POSTCODE_AND_TOWN =
      Pattern.compile(
          "\\b\\d{5}\\s+([^,\\n]+?)(?:\\s+cedex\\b.*)?\\s*(?:,|$)",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  /**
   * @throws IllegalArgumentException when the letter lacks a mention the law requires or one the
   *     debtor needs to pay
   */
  static CollectionLetterData of(LetterContent letter, DocumentFormat format, LetterLabels labels) {
    LetterChecks.requirePrintable(letter);
    AgencyIdentity agency = letter.agency();
    LetterParty creditor = letter.creditor();
    LetterTotals totals = letter.totals();
    String kind = letter.kind().name();
    String creditorAddress = String.join(", ", creditor.addressLines());
    String totalDue = format.money(totals.due());
    String payBy = format.date(letter.payBy());
    return new CollectionLetterData(
        agency.name(),
        AgencyIdentity.ACTIVITY,
        agency.address(),
        DocumentFormat.siren(agency.registrationNumber()),
        agency.email(),
        agency.phone(),
        agency.name() + " · " + agency.address(),
        letter.debtor().name(),
        String.join("\n", letter.debtor().addressLines()),
        creditor.name() + ", " + creditorAddress,
        letter.reference(),
        letter.caseReference(),
        letter.firstLetterReference() == null
            ? null
            : labels.text(
                "ref.firstLetter",
                letter.firstLetterReference(),
                format.date(letter.firstLetterDate())),
        placeAndDate(agency.address(), format.date(letter.date()), labels),
        labels.text("subject." + kind),
        labels.text("body." + kind, creditor.name(), creditorAddress),
        format.money(totals.principal()),
        format.money(totals.interest()),
        format.money(totals.indemnity()),
        isZero(totals.costs()) ? null : format.money(totals.costs()),
        format.money(totals.paid()),
        totalDue,
        labels.text("demand." + kind, totalDue, payBy, creditor.name()),
        paymentMethods(letter, labels),
        labels.text("closing." + kind),
        signature(letter, labels),
        RecoveryCostsText.FRENCH,
        translation(labels),
        privacyNotice(letter, labels));
  }

  /** The template's parameters, by component name. */
  Map<String, Object> parameters() {
    return TemplateValues.of(this);
  }

  private static String placeAndDate(String agencyAddress, String date, LetterLabels labels) {
    Matcher town = POSTCODE_AND_TOWN.matcher(agencyAddress);
    return town.find()
        ? labels.text("date.placeAndDate", town.group(1).strip(), date)
        : labels.text("date.only", date);
  }

  private static String paymentMethods(LetterContent letter, LetterLabels labels) {
    AgencyIdentity agency = letter.agency();
    // Debtors pay into the account that holds only creditors' funds (R124-2), never the agency's.
    String iban = Iban.parse(agency.trustAccountIban()).forPrint();
    String contact =
        letter.collectorName() == null ? labels.text("payment.plan.team") : letter.collectorName();
    return String.join(
        "\n",
        labels.item("payment.transfer", agency.name(), unbroken(iban), letter.caseReference()),
        labels.item("payment.cheque", agency.name(), agency.address(), letter.caseReference()),
        labels.item("payment.plan", contact, unbroken(agency.phone()), agency.email()));
  }

  /** An IBAN or a phone number split over two lines is easily mistyped: keep it on one. */
  private static String unbroken(String text) {
    return text.replace(' ', '\u00a0');
  }

  private static String signature(LetterContent letter, LetterLabels labels) {
    if (letter.collectorName() == null) {
      return letter.agency().name();
    }
    return String.join(
        "\n", letter.collectorName(), labels.text("signature.role"), letter.agency().name());
  }

  /** Only where the letter is not in French; the French text stays the one that counts. */
  private static String translation(LetterLabels labels) {
    String heading = labels.text("law.translation.heading");
    String text = labels.optional("law.translation");
    return text == null
        ? null
        : "<b>" + LetterLabels.escape(heading) + "</b>\n" + LetterLabels.escape(text);
  }

  /** GDPR art. 14: what a debtor must be told when its data were not obtained from it (R7.2). */
  private static String privacyNotice(LetterContent letter, LetterLabels labels) {
    AgencyIdentity agency = letter.agency();
    String creditor = letter.creditor().name();
    return String.join(
        "\n",
        List.of(
            labels.item("privacy.controller", agency.name(), agency.address(), creditor),
            labels.item("privacy.purpose"),
            labels.item("privacy.basis"),
            labels.item("privacy.data"),
            labels.item("privacy.source", creditor),
            labels.item("privacy.recipients", agency.name(), creditor),
            labels.item("privacy.retention"),
            labels.item("privacy.rights"),
            labels.item("privacy.contact", agency.privacyContact())));
  }

  private static boolean isZero(Money money) {
    return money == null || money.isZero();
  }
}
