package io.recova.reports.agedbalance;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.kpi.AgedBalanceReport;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.PdfText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The aged balance read back from the PDF: every bucket with its claims and amount as the report
 * gives them, the total, the scope and the definition, in French and in English. Worked numbers:
 * 1 claim not yet due (500.00), 2 at 0–30 days (1,234.56), none at 31–60, 1 at 61–90 (99.99),
 * 3 over 90 days (10,000.00): 7 claims, 11,834.55.
 */
class AgedBalanceDocumentTest {

  private static final AgedBalanceDocument DOCUMENT = new AgedBalanceDocument();
  private static final AgencyIdentity AGENCY = new AgencyIdentity("Cabinet Exemple",
      "1 rue de la Paix, 75002 Paris", "552100554", "contact@exemple.fr", "01 23 45 67 89",
      "FR7630006000011234567890189", "dpo@exemple.fr");

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static AgedBalanceReport report(boolean french, String collector) {
    List<String> labels = french
        ? List.of("Non échu", "0 à 30 jours de retard", "31 à 60 jours de retard",
            "61 à 90 jours de retard", "Plus de 90 jours de retard")
        : List.of("Not yet due", "0–30 days past due", "31–60 days past due",
            "61–90 days past due", "Over 90 days past due");
    return new AgedBalanceReport(LocalDate.of(2026, 3, 31), UUID.randomUUID(), collector,
        french ? "Principal impayé des créances, par jours de retard." : "Unpaid principal by"
            + " days past due.",
        List.of(
            new AgedBalanceReport.Bucket("NOT_DUE", labels.get(0), 1, eur("500.00")),
            new AgedBalanceReport.Bucket("DAYS_0_30", labels.get(1), 2, eur("1234.56")),
            new AgedBalanceReport.Bucket("DAYS_31_60", labels.get(2), 0, eur("0.00")),
            new AgedBalanceReport.Bucket("DAYS_61_90", labels.get(3), 1, eur("99.99")),
            new AgedBalanceReport.Bucket("OVER_90", labels.get(4), 3, eur("10000.00"))),
        7, eur("11834.55"));
  }

  @Test
  void theFrenchPdfPrintsEveryBucketTheTotalTheScopeAndTheDefinition() {
    String text = PdfText.of(DOCUMENT.render(report(true, null), "Martin SARL", AGENCY,
        Locale.FRENCH, LocalDate.of(2026, 4, 1)));

    assertThat(text).contains("Cabinet Exemple", "Balance âgée au 31/03/2026",
        "Créancier : Martin SARL", "Retard", "Créances", "Principal impayé");
    assertThat(text).containsSubsequence("Non échu 1 500,00", "0 à 30 jours de retard 2 1",
        "234,56", "31 à 60 jours de retard 0 0,00", "61 à 90 jours de retard 1 99,99",
        "Plus de 90 jours de retard 3 10", "000,00", "Total 7 11", "834,55");
    assertThat(text).contains("Principal impayé des créances, par jours de retard.",
        "Édité le 01/04/2026");
  }

  @Test
  void theEnglishPdfSaysTheSameInEnglish() {
    String text = PdfText.of(DOCUMENT.render(report(false, "collector"), "Martin SARL", AGENCY,
        Locale.ENGLISH, LocalDate.of(2026, 4, 1)));

    assertThat(text).contains("Aged balance on 31 Mar 2026",
        "Creditor: Martin SARL — cases assigned to collector", "Past due", "Unpaid principal");
    assertThat(text).containsSubsequence("Not yet due 1 €500.00", "0–30 days past due 2 €1,234.56",
        "Over 90 days past due 3 €10,000.00", "Total 7 €11,834.55");
    assertThat(text).contains("Unpaid principal by days past due.", "Printed on 1 Apr 2026");
  }

  @Test
  void theAgencyWideBalanceSaysItCoversEveryCreditor() {
    String text = PdfText.of(DOCUMENT.render(report(false, null), null, AGENCY, Locale.ENGLISH,
        LocalDate.of(2026, 4, 1)));

    assertThat(text).contains("All the agency's creditors");
  }
}
