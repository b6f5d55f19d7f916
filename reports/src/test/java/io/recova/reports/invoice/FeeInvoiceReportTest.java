package io.recova.reports.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.invoice.FeeInvoiceContent;
import io.recova.agency.invoice.InvoiceLine;
import io.recova.agency.invoice.InvoiceNumber;
import io.recova.agency.invoice.InvoiceSource;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.organisation.AgencyRegistration;
import io.recova.reports.PdfText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeeInvoiceReportTest {

  private final FeeInvoiceReport report = new FeeInvoiceReport();

  static final UUID PAYMENT = UUID.fromString("1a2b3c4d-0000-0000-0000-000000000001");
  static final UUID CERTIFICATE = UUID.fromString("5e6f7a8b-0000-0000-0000-000000000002");
  static final UUID REVERSED = UUID.fromString("9c0d1e2f-0000-0000-0000-000000000003");

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static InvoiceLine line(InvoiceSource source, UUID id, int position, FeeKind kind,
      String caseReference, String reference, LocalDate on, String base, String percent,
      String amount, String vatPercent, String vat) {
    return new InvoiceLine(source, id, position, kind, caseReference, reference, false, on,
        base == null ? null : eur(base), percent == null ? null : new BigDecimal(percent),
        eur(amount), new BigDecimal(vatPercent), eur(vat), null);
  }

  /**
   * A 15 % contingency fee on 1,000.00 (150.00 + 30.00 VAT) and the file fee (50.00 + 10.00) on
   * one payment, the 40.00 indemnity kept (no VAT), a certificate fee (80.00 + 16.00), and a 15 %
   * fee on 200.00 invoiced on FA-2026-00011 credited (−30.00 − 6.00): at 20 %, base 250.00 and
   * VAT 50.00; at 0 %, 40.00; 290.00 excluding VAT, 50.00 VAT, 340.00 including VAT.
   *
   * @param stillReceivable what the creditor still owes once the remittance is posted
   */
  static FeeInvoiceContent sample(String stillReceivable) {
    LocalDate paid = LocalDate.of(2026, 10, 5);
    InvoiceLine earlier = line(InvoiceSource.FEE_BOOKING, REVERSED, 0, FeeKind.CONTINGENCY,
        "MM-2026-007", "9c0d1e2f", LocalDate.of(2026, 9, 12), "200.00", "15.0000", "30.00",
        "20.00", "6.00");
    return FeeInvoiceContent.compose(new InvoiceNumber(2026, 12), LocalDate.of(2026, 11, 2),
        agency(), registration(), "Martin Matériaux SAS", "732829320",
        "5 avenue Foch, 75016 Paris", null, LocalDate.of(2026, 10, 31),
        LocalDate.of(2026, 11, 2), List.of(
            line(InvoiceSource.FEE_BOOKING, PAYMENT, 0, FeeKind.CONTINGENCY, "MM-2026-001",
                "1a2b3c4d", paid, "1000.00", "15.0000", "150.00", "20.00", "30.00"),
            line(InvoiceSource.FEE_BOOKING, PAYMENT, 1, FeeKind.FILE_FEE, "MM-2026-001",
                "1a2b3c4d", paid, null, null, "50.00", "20.00", "10.00"),
            line(InvoiceSource.FEE_BOOKING, PAYMENT, 2, FeeKind.INDEMNITY_KEPT, "MM-2026-001",
                "1a2b3c4d", paid, null, null, "40.00", "0.00", "0.00"),
            line(InvoiceSource.CERTIFICATE, CERTIFICATE, 0, FeeKind.CERTIFICATE_FEE,
                "MM-2025-042", "CI-2026-00003", LocalDate.of(2026, 10, 20), null, null, "80.00",
                "20.00", "16.00"),
            earlier.credited("FA-2026-00011", LocalDate.of(2026, 10, 25))),
        eur(stillReceivable));
  }

  static AgencyIdentity agency() {
    return new AgencyIdentity("Recova Recouvrement SAS", "12 rue de la Bourse, 69002 Lyon",
        "552100554", "contact@recova.example", "+33 4 72 00 00 00",
        "FR76 3000 4000 3123 4567 8901 429", "dpo@recova.example");
  }

  static AgencyRegistration registration() {
    return new AgencyRegistration("SAS", "10 000 EUR", "55210055400005",
        "RCS Lyon 552 100 554", "FR96552100554");
  }

  @Test
  void theFrenchInvoicePrintsEveryLineTotalAndLegalMention() {
    String text = PdfText.of(report.render(sample("0.00"), Locale.FRENCH));

    assertThat(text).contains("Facture FA-2026-00012", "Date d'émission : 02/11/2026",
        "Date d'échéance : 02/11/2026");
    // The seller: name, address, legal form and capital, RCS, SIREN, SIRET, VAT number
    assertThat(text).contains("Recova Recouvrement SAS", "12 rue de la Bourse, 69002 Lyon",
        "SAS au capital de 10 000 EUR · RCS Lyon 552 100 554",
        "SIREN 552 100 554 · SIRET 55210055400005 · N° TVA intracommunautaire FR96552100554");
    // The buyer
    assertThat(text).contains("Martin Matériaux SAS", "5 avenue Foch, 75016 Paris",
        "SIREN : 732 829 320");
    // The period of the services
    assertThat(text).contains("rendues du 05/10/2026 au 25/10/2026",
        "période close le 31/10/2026");
    // The per-payment detail is the statement's
    assertThat(text).contains("Les honoraires de chaque paiement figurent au relevé de ce"
        + " reversement.");
    // Each row: description, date, quantity, unit price excl. VAT, rate, amount, VAT
    assertThat(text).contains("Honoraires de résultat 15,00 % de 1 000,00 € sur 1 paiement"
        + " 05/10/2026 1 150,00 € 20,00 % 150,00 € 30,00 €");
    assertThat(text).contains("Frais de dossier sur 1 paiement 05/10/2026 1 50,00 €"
        + " 20,00 % 50,00 € 10,00 €");
    assertThat(text).contains("Indemnité forfaitaire de recouvrement conservée par l'agence"
        + " (mandat) sur 1 paiement 05/10/2026 1 40,00 € 0,00 % 40,00 € 0,00 €");
    // A certificate is a row of its own, with its case
    assertThat(text).contains("Frais de certificat d'irrécouvrabilité dossier MM-2025-042 ·"
        + " certificat CI-2026-00003 20/10/2026 1 80,00 € 20,00 % 80,00 € 16,00 €");
    // The credited fees name the invoice that charged them
    assertThat(text).contains("Honoraires de résultat 15,00 % de 200,00 € sur 1 paiement"
        + " Annulation : paiements rejetés ou annulés, honoraires facturés sur la"
        + " facture FA-2026-00011 25/10/2026 1 -30,00 € 20,00 % -30,00 € -6,00 €");
    // VAT per rate and the totals
    assertThat(text).contains("Taux 0,00 % : base HT 40,00 €, TVA 0,00 €",
        "Taux 20,00 % : base HT 250,00 €, TVA 50,00 €");
    assertThat(text).contains("Total HT 290,00 €", "Total TVA 50,00 €", "Total TTC 340,00 €");
    // Paid by set-off, the payment terms, penalties and the 40 EUR indemnity
    assertThat(text).contains(
        "Facture acquittée par compensation sur le reversement du 02/11/2026.");
    assertThat(text).contains("Pas d'escompte pour paiement anticipé",
        "opération de refinancement la plus récente, majoré de 10 points (C. com. L441-10 II)",
        "indemnité forfaitaire pour frais de recouvrement de 40 €",
        "(C. com. L441-10 II et D441-5)", "hors du champ de la TVA");
    assertThat(text).doesNotContain("null", "Reste dû");
  }

  @Test
  void anInvoiceTheRemittanceDidNotCoverSaysWhatIsStillDueAndWhen() {
    String text = PdfText.of(PdfText.kept("fee-invoice-fr",
        report.render(sample("100.00"), Locale.FRENCH)));

    assertThat(text).contains("Date d'échéance : 02/12/2026",
        "Réglé par compensation sur le reversement du 02/11/2026 : 240,00 €."
            + " Reste dû : 100,00 €, à régler au plus tard le 02/12/2026.");
    assertThat(text).doesNotContain("Facture acquittée");
  }

  @Test
  void theEnglishInvoiceSaysTheSameInEnglish() {
    String text = PdfText.of(report.render(sample("0.00"), Locale.ENGLISH));

    assertThat(text).contains("Invoice FA-2026-00012", "Issue date: 2 Nov 2026",
        "SAS with a share capital of 10 000 EUR · RCS Lyon 552 100 554",
        "EU VAT number FR96552100554", "Contingency fee 15.00% of €1,000.00 on 1 payment"
            + " 5 Oct 2026 1 €150.00 20.00% €150.00 €30.00",
        "The fees of each payment are listed on that remittance's statement.",
        "Rate 20.00%: base excl. VAT €250.00, VAT €50.00", "Total excl. VAT €290.00",
        "Total VAT €50.00", "Total incl. VAT €340.00",
        "Paid by set-off against the remittance of 2 Nov 2026.",
        "No discount for early payment", "plus 10 percentage points",
        "fixed indemnity of EUR 40 for recovery costs");
  }

  /**
   * Three payments at 15 % (1,000.00, 500.00 and 200.00) and one at 10 % (300.00), each with the
   * 50.00 file fee, and one paid directly to the creditor (15 % of 400.00): the 15 % fees are one
   * row on base 1,700.00, the file fees four units of 50.00, the direct payment's fee a row of
   * its own. The printed rows add up to the totals.
   */
  @Test
  void feesOfOneKindAndRateAreOneRowOverThePeriod() {
    List<InvoiceLine> lines = new java.util.ArrayList<>();
    String[][] payments = {{"1000.00", "15.0000", "150.00", "30.00", "2026-10-03"},
        {"500.00", "15.0000", "75.00", "15.00", "2026-10-09"},
        {"200.00", "15.00", "30.00", "6.00", "2026-10-21"},
        {"300.00", "10.0000", "30.00", "6.00", "2026-10-15"}};
    for (String[] p : payments) {
      UUID id = UUID.randomUUID();
      LocalDate on = LocalDate.parse(p[4]);
      lines.add(line(InvoiceSource.FEE_BOOKING, id, 0, FeeKind.CONTINGENCY, "MM-1", "ref",
          on, p[0], p[1], p[2], "20.00", p[3]));
      lines.add(line(InvoiceSource.FEE_BOOKING, id, 1, FeeKind.FILE_FEE, "MM-1", "ref", on,
          null, null, "50.00", "20.00", "10.00"));
    }
    lines.add(new InvoiceLine(InvoiceSource.FEE_BOOKING, UUID.randomUUID(), 0,
        FeeKind.CONTINGENCY, "MM-2", "direct", true, LocalDate.of(2026, 10, 12), eur("400.00"),
        new BigDecimal("15.0000"), eur("60.00"), new BigDecimal("20.00"), eur("12.00"), null));
    FeeInvoiceContent invoice = FeeInvoiceContent.compose(new InvoiceNumber(2026, 20),
        LocalDate.of(2026, 11, 2), agency(), registration(), "Martin Matériaux SAS", null, null,
        null, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2), lines, eur("0.00"));

    String text = PdfText.of(PdfText.kept("fee-invoice-grouped-fr",
        report.render(invoice, Locale.FRENCH)));

    assertThat(text).contains("Honoraires de résultat 15,00 % de 1 700,00 € sur 3 paiements"
        + " 03/10/2026 21/10/2026 1 255,00 € 20,00 % 255,00 € 51,00 €");
    assertThat(text).contains("Honoraires de résultat 10,00 % de 300,00 € sur 1 paiement"
        + " 15/10/2026 1 30,00 € 20,00 % 30,00 € 6,00 €");
    assertThat(text).contains("Honoraires de résultat 15,00 % de 400,00 € sur 1 paiement"
        + " (payés directement au créancier) 12/10/2026 1 60,00 €");
    assertThat(text).contains("Frais de dossier sur 4 paiements 03/10/2026 21/10/2026 4"
        + " 50,00 € 20,00 % 200,00 € 40,00 €");
    assertThat(text).contains("Total HT 545,00 €", "Total TVA 109,00 €", "Total TTC 654,00 €");
    assertThat(text).doesNotContain("MM-1", "paiement ref", "paiement direct");
  }

  @Test
  void aNegativeTotalIsPrintedAsACreditNote() {
    InvoiceLine charged = line(InvoiceSource.FEE_BOOKING, REVERSED, 0, FeeKind.CONTINGENCY,
        "MM-2026-007", "9c0d1e2f", LocalDate.of(2026, 9, 12), "200.00", "15.0000", "30.00",
        "20.00", "6.00");
    FeeInvoiceContent credit = FeeInvoiceContent.compose(new InvoiceNumber(2026, 13),
        LocalDate.of(2026, 11, 30), agency(), registration(), "Martin Matériaux SAS", null,
        null, null, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30),
        List.of(charged.credited("FA-2026-00011", LocalDate.of(2026, 11, 20))), eur("0.00"));

    String text = PdfText.of(report.render(credit, Locale.FRENCH));

    assertThat(text).contains("Avoir FA-2026-00013", "Total HT -30,00 €", "Total TVA -6,00 €",
        "Total TTC -36,00 €", "facture FA-2026-00011",
        "Avoir émis avec le reversement du 30/11/2026, à imputer sur les honoraires et"
            + " reversements à venir.",
        "SIREN : non communiqué", "Adresse non communiquée");
    assertThat(text).doesNotContain("Facture FA-", "null");
  }
}
