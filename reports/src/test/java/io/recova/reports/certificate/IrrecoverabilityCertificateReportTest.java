package io.recova.reports.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.certificate.CertificateAmounts;
import io.recova.agency.certificate.CertificateContent;
import io.recova.agency.certificate.CertificateStep;
import io.recova.agency.certificate.InvoiceAmounts;
import io.recova.agency.certificate.IrrecoverabilityReason;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.PdfText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrrecoverabilityCertificateReportTest {

  private final IrrecoverabilityCertificateReport report = new IrrecoverabilityCertificateReport();

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /**
   * Two invoices, 1,200.00 at the standard rate and 1,055.00 at 5.5 %, 455.00 recovered: 2,255.00
   * including VAT, of which 1,000.00 + 1,000.00 excluding VAT and 200.00 + 55.00 VAT; 1,800.00
   * unpaid, of which VAT 1,800 × 255 / 2,255 = 203.55 and the net price 1,596.45.
   */
  static CertificateContent sample(String language, String replaces) {
    CertificateAmounts amounts = CertificateAmounts.of(List.of(
        InvoiceAmounts.of("FA-2025-0117", LocalDate.of(2025, 1, 15), eur("1200.00"), null),
        InvoiceAmounts.of("FA-2025-0190", LocalDate.of(2025, 2, 20), eur("1055.00"),
            new BigDecimal("5.5"))), eur("455.00"));
    return new CertificateContent("CI-2026-00007", LocalDate.of(2026, 11, 23), language, replaces,
        new AgencyIdentity("Recova Recouvrement SAS", "12 rue de la Bourse, 69002 Lyon",
            "552100554", "contact@recova.example", "+33 4 72 00 00 00",
            "FR76 3000 4000 3123 4567 8901 429", "dpo@recova.example"),
        "Martin Matériaux SAS", "732829320", "5 avenue Foch, 75016 Paris",
        "Bâtiments Durand SARL", "451234567", "8 rue des Lilas\n33000 Bordeaux",
        "MM-2025-042", amounts, IrrecoverabilityReason.ENFORCEMENT_WITHOUT_RESULT,
        "PV de carence du 2 octobre 2026",
        List.of(new CertificateStep(LocalDate.of(2025, 4, 2), "FORMAL_NOTICE", null),
            new CertificateStep(LocalDate.of(2025, 5, 5), "PROCEEDING:PAYMENT_ORDER",
                "Tribunal de commerce de Bordeaux"),
            new CertificateStep(LocalDate.of(2025, 6, 10), "PAYMENT_ORDER_SERVED", null),
            new CertificateStep(LocalDate.of(2026, 10, 2), "BANK_ATTACHMENT", null)));
  }

  @Test
  void theFrenchCertificatePrintsEveryAmountAndMention() {
    String text = PdfText.of(PdfText.kept("certificate-fr", report.render(sample("fr", null))));

    assertThat(text).contains("Certificat d'irrécouvrabilité", "N° CI-2026-00007",
        "Établi le 23/11/2026", "Dossier MM-2025-042");
    // The agency and the creditor
    assertThat(text).contains("Recova Recouvrement SAS", "SIREN 552 100 554",
        "Martin Matériaux SAS", "RCS / SIREN : 732 829 320", "5 avenue Foch, 75016 Paris");
    // The debtor, its registration number and address
    assertThat(text).contains("Bâtiments Durand SARL", "RCS / SIREN : 451 234 567",
        "8 rue des Lilas", "33000 Bordeaux");
    // Each invoice: excluding VAT, rate, VAT, including VAT
    assertThat(text).contains("FA-2025-0117 15/01/2025 1 000,00 € 20,00 % 200,00 € 1 200,00 €");
    assertThat(text).contains("FA-2025-0190 20/02/2025 1 000,00 € 5,50 % 55,00 € 1 055,00 €");
    assertThat(text).contains("Total des factures 2 000,00 € 255,00 € 2 255,00 €");
    // What was recovered and what remains, split for the corrected invoice
    assertThat(text).contains("déduction faite des rejets) 455,00 €", "Reste impayé TTC 1 800,00 €",
        "dont prix net (HT) 1 596,45 €", "dont TVA 203,55 €");
    // The reason and the steps taken, by date
    assertThat(text).contains("Exécution forcée infructueuse (procès-verbal de carence)"
        + " — PV de carence du 2 octobre 2026");
    assertThat(text).contains("02/04/2025 : Mise en demeure",
        "05/05/2025 : Procédure engagée — injonction de payer (Tribunal de commerce de Bordeaux)",
        "10/06/2025 : Ordonnance signifiée", "02/10/2026 : Saisie-attribution pratiquée");
    // The CGI 272 mention, verbatim with the unpaid amounts
    assertThat(text).contains("« Facture demeurée impayée pour la somme de 1 596,45 € (prix net)"
        + " et 203,55 € (TVA) qui ne peut faire l'objet d'une déduction (CGI art. 272) »");
    assertThat(text).doesNotContain("null", "ce certificat annule");
  }

  @Test
  void theEnglishCertificateKeepsTheFrenchMentionWithFrenchAmounts() {
    String text = PdfText.of(report.render(sample("en", null)));

    assertThat(text).contains("Certificate of irrecoverability", "No. CI-2026-00007",
        "Issued on 23 Nov 2026");
    assertThat(text).contains("FA-2025-0117 15 Jan 2025 €1,000.00 20.00% €200.00 €1,200.00");
    assertThat(text).contains("Total of the invoices €2,000.00 €255.00 €2,255.00",
        "Unpaid, including VAT €1,800.00", "of which net price (excl. VAT) €1,596.45",
        "of which VAT €203.55");
    assertThat(text).contains("Enforcement without result (procès-verbal de carence)",
        "2 Apr 2025: Formal notice");
    assertThat(text).contains("« Facture demeurée impayée pour la somme de 1 596,45 € (prix net)"
        + " et 203,55 € (TVA) qui ne peut faire l'objet d'une déduction (CGI art. 272) »");
  }

  @Test
  void aReplacementSaysWhichCertificateItReplaces() {
    String text = PdfText.of(report.render(sample("fr", "CI-2026-00003")));

    assertThat(text).contains("Ce certificat annule et remplace le certificat n° CI-2026-00003.");
  }

  @Test
  void withoutCourtActionTheStepsSaySo() {
    CertificateContent c = sample("fr", null);
    CertificateContent none = new CertificateContent(c.number(), c.issuedOn(), c.language(), null,
        c.agency(), c.creditorName(), null, null, c.debtorName(), null, null,
        c.caseReference(), c.amounts(), IrrecoverabilityReason.DEBTOR_GONE_OR_UNKNOWN, null,
        List.of());

    String text = PdfText.of(report.render(none));

    assertThat(text).contains("Débiteur disparu ou inconnu à l'adresse",
        "Aucune démarche judiciaire", "RCS / SIREN : non communiqué", "Adresse inconnue");
  }

  @Test
  void everyReasonHasItsWordingInBothLanguages() {
    for (String language : List.of("fr", "en")) {
      var labels = IrrecoverabilityCertificateReport.labels(java.util.Locale.forLanguageTag(
          language));
      for (IrrecoverabilityReason r : IrrecoverabilityReason.values()) {
        assertThat(labels.containsKey("reason." + r.name())).as(language + " " + r).isTrue();
      }
      for (var kind : io.recova.agency.judicial.JudicialStepKind.values()) {
        assertThat(labels.containsKey("step." + kind.name())).as(language + " " + kind).isTrue();
      }
      for (var route : io.recova.agency.judicial.JudicialRoute.values()) {
        assertThat(labels.containsKey("route." + route.name())).as(language + " " + route)
            .isTrue();
      }
    }
  }
}
