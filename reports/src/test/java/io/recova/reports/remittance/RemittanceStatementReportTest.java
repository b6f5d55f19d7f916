package io.recova.reports.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.fee.FeeBookingView;
import io.recova.agency.cost.CostKind;
import io.recova.agency.cost.CostReason;
import io.recova.agency.cost.CostView;
import io.recova.agency.fee.FeeKind;
import io.recova.agency.fee.FeeLine;
import io.recova.agency.fee.FeeStage;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.remittance.ReclaimsNetted;
import io.recova.agency.remittance.RemittanceLineView;
import io.recova.agency.remittance.RemittanceRun;
import io.recova.agency.remittance.RemittanceStatement;
import io.recova.agency.remittance.RemittedPaymentView;
import io.recova.reports.PdfText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statement read back from the PDF, every amount checked. Worked numbers: a transfer of
 * 1,000.00 bears 15 % (150.00 + 30.00 VAT), leaving 820.00; a cheque of 200.00 paid late bears
 * 30.00 + 6.00 VAT and the 30.00 file fee + 6.00 VAT, leaving 128.00; 804.00 held once the
 * debtor repaid 144.00 of costs, 12.00 of fees owed on a direct payment and 100.00 of costs netted,
 * then 82.00 recovered of an earlier remittance (a payment of 100.00, 82.00 remitted after its
 * 18.00 of fees, returned by the bank since): 610.00 paid.
 */
class RemittanceStatementReportTest {

  private static final RemittanceStatementReport REPORT = new RemittanceStatementReport();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static String english;
  private static String french;

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static FeeLine line(FeeKind kind, String percent, String amount, String vat) {
    return new FeeLine(kind, kind.name(), null, percent == null ? null : new BigDecimal(percent),
        eur(amount), new BigDecimal("20.00"), eur(vat));
  }

  private static FeeBookingView fees(String base, List<FeeLine> lines, String income,
      String vat) {
    Money charged = eur(income).plus(eur(vat));
    return new FeeBookingView(FeeStage.AMICABLE, eur(base), eur("0.00"), lines, eur(income),
        eur(vat), charged, eur(base).minus(charged), false, false, UUID.randomUUID());
  }

  static RemittanceStatement statement() {
    RemittedPaymentView transfer = new RemittedPaymentView(UUID.randomUUID(), UUID.randomUUID(),
        "MM-2026-0042", LocalDate.of(2026, 3, 2), eur("1000.00"), eur("676.00"),
        LocalDate.of(2026, 3, 2), false, eur("144.00"));
    RemittedPaymentView cheque = new RemittedPaymentView(UUID.randomUUID(), UUID.randomUUID(),
        "MM-2026-0077", LocalDate.of(2026, 2, 10), eur("200.00"), eur("128.00"),
        LocalDate.of(2026, 2, 20), true, eur("0.00"));
    RemittanceLineView line = new RemittanceLineView(UUID.randomUUID(), "Martin Matériaux SAS",
        "FR7630006000011234567890189", "BNPAFRPP", eur("804.00"), eur("0.00"), eur("0.00"),
        eur("12.00"), eur("100.00"), eur("82.00"), eur("0.00"), eur("610.00"), 2, 1,
        eur("1200.00"), eur("264.00"), eur("244.00"), UUID.randomUUID());
    CostView lawyer = new CostView(UUID.randomUUID(), UUID.randomUUID(), CostKind.LAWYER_FEE,
        eur("500.00"), eur("100.00"), eur("600.00"), "Maître Durand", LocalDate.of(2026, 3, 20),
        null, "H-2026-17", eur("500.00"), eur("500.00"), eur("100.00"), eur("0.00"),
        "CPC 700", CostReason.LAWYER_WITHIN_AWARD, "collector", Instant.parse("2026-03-20T10:00:00Z"), UUID.randomUUID(), null);
    return new RemittanceStatement(UUID.fromString("1a2b3c4d-0000-4000-8000-000000000000"),
        LocalDate.of(2026, 3, 31), RemittanceRun.Status.APPROVED,
        Instant.parse("2026-04-01T08:00:00Z"), line, List.of(
            new RemittanceStatement.Entry(transfer, fees("1000.00",
                List.of(line(FeeKind.CONTINGENCY, "15.00", "150.00", "30.00")), "150.00",
                "30.00")),
            new RemittanceStatement.Entry(cheque, fees("200.00",
                List.of(line(FeeKind.CONTINGENCY, "15.00", "30.00", "6.00"),
                    line(FeeKind.FILE_FEE, null, "30.00", "6.00")), "60.00", "12.00"))),
        List.of(lawyer), List.of(new ReclaimsNetted.Open(returned(), eur("82.00"),
            eur("82.00"))));
  }

  /** A cheque of 100.00 of 15 January, 82.00 of it remitted, bounced on 10 March. */
  static ReclaimsNetted.Reclaim returned() {
    return new ReclaimsNetted.Reclaim(UUID.randomUUID(), "MM-2026-0011",
        LocalDate.of(2026, 1, 15), eur("100.00"), LocalDate.of(2026, 3, 10), eur("82.00"));
  }

  /** The next month: nothing collected, the 82.00 still owed. */
  static RemittanceStatement nothingCollected() {
    RemittanceLineView line = new RemittanceLineView(UUID.randomUUID(), "Martin Matériaux SAS",
        "FR7630006000011234567890189", "BNPAFRPP", eur("0.00"), eur("0.00"), eur("0.00"),
        eur("0.00"), eur("0.00"), eur("0.00"), eur("82.00"), eur("0.00"), 0, 0, eur("0.00"),
        eur("0.00"), eur("0.00"), null);
    return new RemittanceStatement(UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001"),
        LocalDate.of(2026, 3, 31), RemittanceRun.Status.APPROVED,
        Instant.parse("2026-04-01T08:00:00Z"), line, List.of(), List.of(),
        List.of(new ReclaimsNetted.Open(returned(), eur("82.00"), eur("0.00"))));
  }

  static AgencyIdentity agency() {
    return new AgencyIdentity("Recova Recouvrement SAS", "12 rue de la Bourse, 69002 Lyon, France",
        "552100554", "contact@recova.example", "+33 4 72 00 00 00",
        "FR76 3000 4000 3123 4567 8901 429", "dpo@recova.example");
  }

  @BeforeAll
  static void renderInEachLanguage() {
    english = PdfText.normalise(PdfText.of(REPORT.render(statement(), agency(), Locale.ENGLISH,
        LocalDate.of(2026, 4, 2), PARIS)));
    french = PdfText.normalise(PdfText.of(REPORT.render(statement(), agency(), Locale.FRENCH,
        LocalDate.of(2026, 4, 2), PARIS)));
  }

  @Test
  void printsTheCreditorThePeriodAndTheApproval() {
    assertThat(english).contains("Remittance statement", "Martin Matériaux SAS",
        "FR7630006000011234567890189", "Period ending 31 Mar 2026", "Remittance 1A2B3C4D",
        "Approved on 1 Apr 2026", "Recova Recouvrement SAS");
    assertThat(french).contains("Relevé de reversement", "Période arrêtée au 31/03/2026",
        "Approuvé le 01/04/2026");
  }

  @Test
  void printsEveryPaymentWithItsCaseAndFeeLines() {
    assertThat(english).contains("MM-2026-0042", "MM-2026-0077", "€1,000.00", "€200.00",
        "Contingency fee 15.00%", "-€150.00", "-€30.00", "-€6.00", "File fee",
        "remitted after the one-month delay");
    assertThat(french).contains("Honoraires de résultat 15,00 %", "Frais de dossier",
        "1 000,00 €", "-150,00 €");
  }

  @Test
  void printsTotalsThatAddUpToTheAmountPaid() {
    assertThat(english).contains("Collected on these payments €1,200.00",
        "Agency fees -€210.00", "VAT on fees -€42.00",
        "Costs repaid to the agency that advanced them -€144.00",
        "Funds held for you €804.00", "Held back: payments not yet cleared €0.00",
        "Held back: overpayments, the debtors' money €0.00",
        "Fees you owe, netted -€12.00", "Costs you bear, netted -€100.00",
        "Returned payments: remittance recovered -€82.00",
        "Amount paid to you €610.00",
        "1 payment(s) remitted later than one month");
    assertThat(french).contains("Montant qui vous est versé 610,00 €",
        "Paiements rejetés : reversement récupéré -82,00 €",
        "Fonds détenus pour votre compte 804,00 €", "Frais à votre charge, compensés -100,00 €");
  }

  @Test
  void printsEachCostReBilledAtCostAndWhatTheDebtorRepaidTheAgency() {
    // The narrow detail column may wrap the invoice number at its hyphen.
    assertThat(english).contains("20 Mar 2026 Lawyer's fee: Maître Durand, invoice H-",
        "2026-17 (advanced by the agency, re-", "-€100.00",
        "Costs advanced by the agency, repaid by the debtor -€144.00");
    assertThat(french).contains("Honoraires d'avocat : Maître Durand, facture H-");
  }

  @Test
  void printsThePaymentReturnedAfterItsRemittanceAndWhatIsRecoveredOfIt() {
    assertThat(english).contains("10 Mar 2026 MM-2026-0011",
        "Recovery of an earlier remittance: the payment of €100.00 of 15 Jan 2026",
        "returned by the bank; you owed €82.00 of it back", "-€82.00");
    assertThat(french).contains("10/03/2026 MM-2026-0011",
        "Remboursement d'un reversement antérieur : le paiement de 100,00 € du 15/01/2026");
    assertThat(english).doesNotContain("still owed");
  }

  @Test
  void aReclaimTheFundsDidNotCoverIsShownAsStillOwed() {
    String text = PdfText.normalise(PdfText.of(REPORT.render(nothingCollected(), agency(),
        Locale.ENGLISH, LocalDate.of(2026, 4, 2), PARIS)));
    String texte = PdfText.normalise(PdfText.of(REPORT.render(nothingCollected(), agency(),
        Locale.FRENCH, LocalDate.of(2026, 4, 2), PARIS)));

    assertThat(text).contains("MM-2026-0011", "(€82.00 still owed, deducted from a later",
        "Amount paid to you €0.00", "You still owe €82.00 of funds remitted from payments the"
            + " bank returned");
    assertThat(texte).contains("Vous restez redevable de 82,00 €", "82,00 € encore dus");
  }
}
