package io.recova.reports.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.reports.PdfText;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report read back from the PDF (PDFBox), every table's amounts and totals checked. */
class FeesAndRemittancesPdfTest {

  private static String english;
  private static String french;

  @BeforeAll
  static void render() {
    FeesAndRemittancesPdf pdf = new FeesAndRemittancesPdf();
    LocalDate printed = LocalDate.of(2026, 4, 2);
    english = PdfText.of(pdf.render(SampleReport.quarter(), SampleReport.AGENCY,
        Locale.ENGLISH, printed));
    french = PdfText.of(PdfText.kept("fees-and-remittances-fr",
        pdf.render(SampleReport.quarter(), SampleReport.AGENCY, Locale.FRENCH, printed)));
  }

  @Test
  void theHeadingNamesTheAgencyAndThePeriod() {
    assertThat(english).contains("Cabinet Exemple", "Fees and remittances",
        "Value dates from 1 Jan 2026 to 31 Mar 2026", "Printed on 2 Apr 2026");
    assertThat(french).contains("Cabinet Exemple", "Honoraires et reversements",
        "Dates de valeur du 01/01/2026 au 31/03/2026", "Édité le 02/04/2026");
  }

  @Test
  void byCreditorEachLineAndTheTotal() {
    assertThat(english).contains("By creditor",
        "Alpha SARL €1,000.00 €0.00 €150.00 €0.00 €30.00 €900.00 €20.00 1 1",
        "Beta SA €0.00 €400.00 €40.00 €0.00 €8.00 €0.00 €0.00 1 1");
    assertThat(french).contains("Par créancier",
        "Alpha SARL 1 000,00 € 0,00 € 150,00 € 0,00 € 30,00 € 900,00 € 20,00 € 1 1");
  }

  @Test
  void byCollectorTheRemittanceSitsOnTheLineOfNoCollectorAndNoBalanceIsShown() {
    assertThat(english).contains("By collector",
        "alice €1,000.00 €0.00 €150.00 €0.00 €30.00 €0.00 — 1 1",
        "bob €0.00 €400.00 €40.00 €0.00 €8.00 €0.00 — 1 1",
        "No collector (unassigned cases, remittances) €0.00 €0.00 €0.00 €0.00 €0.00 €900.00 — 0 0",
        "Total €1,000.00 €400.00 €190.00 €0.00 €38.00 €900.00 — 2 2");
  }

  @Test
  void byMonthEachMonthWithItsClosingBalance() {
    assertThat(english).contains("By month",
        "January 2026 €1,000.00 €0.00 €150.00 €0.00 €30.00 €0.00 €920.00 1 1",
        "February 2026 €0.00 €400.00 €40.00 €0.00 €8.00 €0.00 €920.00 1 1",
        "March 2026 €0.00 €0.00 €0.00 €0.00 €0.00 €900.00 €20.00 0 0");
    assertThat(french).contains("janvier 2026 1 000,00 €");
  }

  @Test
  void theGrandTotalIsPrintedUnderTheCreditorsAndTheMonthsAlike() {
    String total = "Total €1,000.00 €400.00 €190.00 €0.00 €38.00 €900.00 €20.00 2 2";
    assertThat(english.split(java.util.regex.Pattern.quote(total), -1)).hasSize(3);
  }

  @Test
  void theNotesSayWhereTheFiguresComeFromAndWhoTheCollectorIs() {
    assertThat(english).contains("read from the trust ledger by value date",
        "as assigned today, not at the time of collection");
    assertThat(french).contains("lu dans le compte de tiers par date de valeur");
  }
}
