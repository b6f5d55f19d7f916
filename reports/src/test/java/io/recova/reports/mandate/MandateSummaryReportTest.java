package io.recova.reports.mandate;

import static io.recova.reports.mandate.Samples.PARIS;
import static io.recova.reports.mandate.Samples.PRINTED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recova.reports.PdfText;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import net.sf.jasperreports.engine.JRParameter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MandateSummaryReportTest {

  private static final MandateSummaryReport REPORT = new MandateSummaryReport();

  private static byte[] frenchPdf;
  private static String french;
  private static String english;

  @BeforeAll
  static void renderOnceInEachLanguage() {
    frenchPdf = render(Locale.FRENCH);
    french = PdfText.of(frenchPdf);
    english = PdfText.of(render(Locale.ENGLISH));
  }

  private static byte[] render(Locale locale) {
    return REPORT.render(Samples.creditor(), Samples.agency(), locale, PRINTED_ON, PARIS);
  }

  @Test
  void printsTheTitleInTheReadersLanguage() {
    assertThat(french).contains("Synthèse du mandat de recouvrement");
    assertThat(english).contains("Collection mandate summary");
  }

  @Test
  void printsTheAgencyLetterhead() {
    for (String text : List.of(french, english)) {
      assertThat(text)
          .contains("Recova Recouvrement SAS")
          .contains("Recouvrement amiable de créances pour le compte d'autrui")
          .contains("12 rue de la Bourse, 69002 Lyon, France")
          .contains("SIREN 552 100 554")
          .contains("contact@recova.example")
          .contains("+33 4 72 00 00 00");
    }
  }

  @Test
  void printsTheCreditor() {
    for (String text : List.of(french, english)) {
      assertThat(text)
          .contains("Boulangerie L'Épi d'Or")
          .contains("732 829 320")
          .contains("4 place des Terreaux, 69001 Lyon, France")
          .contains("compta@epidor.example")
          .contains(Samples.CREDITOR_ID.toString());
    }
  }

  @Test
  void printsFeeRatesInFrenchFormat() {
    assertThat(french).contains("12,50 %").contains("18,00 %").doesNotContain("12.50");
  }

  @Test
  void printsFeeRatesInEnglishFormat() {
    assertThat(english).contains("12.50%").contains("18.00%").doesNotContain("12,50");
  }

  @Test
  void printsAFlatFeeScheduleWithItsDefaults() {
    assertThat(english).contains("Marginal tiers").contains("None: the rates above apply")
        .contains("40 EUR recovery indemnity kept by").contains("The creditor");
    assertThat(french).contains("Tranches marginales").contains("acquise à")
        .contains("Le créancier");
  }

  @Test
  void printsTheTiersFixedFeesAndWhoKeepsTheAccessories() {
    io.recova.agency.mandate.CreditorClientView flat = Samples.creditor();
    io.recova.agency.mandate.MandateTerms t = flat.mandate();
    io.recova.agency.mandate.CreditorClientView tiered = new io.recova.agency.mandate.CreditorClientView(
        flat.id(), flat.name(), flat.registrationNumber(), flat.address(), flat.contactEmail(),
        new io.recova.agency.mandate.MandateTerms(t.amicableFeePercent(), t.judicialFeePercent(),
            t.remittanceFrequency(), t.iban(), t.bic(), t.signedOn(),
            new io.recova.agency.mandate.FeeScheduleView(t.amicableFeePercent(),
                t.judicialFeePercent(),
                List.of(new io.recova.agency.mandate.FeeScheduleView.Tier(
                    new java.math.BigDecimal("5000.00"), new java.math.BigDecimal("10.00"),
                    new java.math.BigDecimal("12.00"))),
                new java.math.BigDecimal("30.00"), new java.math.BigDecimal("75.00"),
                io.recova.agency.mandate.KeptBy.AGENCY, io.recova.agency.mandate.KeptBy.CREDITOR,
                io.recova.agency.mandate.CostsBorneBy.AGENCY), 15),
        flat.registeredAt());

    String text = PdfText.of(PdfText.kept("mandate-summary-fr",
        REPORT.render(tiered, Samples.agency(), Locale.FRENCH, PRINTED_ON, PARIS)));

    assertThat(text).contains("au-delà de 5").contains("10,00 % en amiable")
        .contains("12,00 % en judiciaire").contains("30,00").contains("75,00")
        .contains("Le cabinet").contains("sous 15 jours après l’encaissement")
        .contains("Frais avancés non recouvrés du débiteur à la charge de Le cabinet");
  }

  @Test
  void printsTheIbanInGroupsOfFour() {
    assertThat(french).contains("FR76 3000 6000 0112 3456 7890 189");
    assertThat(english).contains("FR76 3000 6000 0112 3456 7890 189");
  }

  @Test
  void printsTheRemittanceFrequencyInTheReadersLanguage() {
    assertThat(french).contains("Fréquence des reversements")
        .contains("Mensuelle, dans le mois de l’encaissement");
    assertThat(english).contains("Remittance frequency")
        .contains("Monthly, within a month of encashment");
  }

  @Test
  void printsDatesInFrenchFormat() {
    assertThat(french)
        .contains("09/03/2026") // signed
        .contains("Édité le 22/11/2026");
  }

  @Test
  void printsDatesInEnglishFormat() {
    assertThat(english).contains("9 Mar 2026").contains("Printed on 22 Nov 2026");
  }

  @Test
  void datesTheRegistrationInTheAgencysTimeZone() {
    assertThat(french).contains("10/03/2026");
    assertThat(english).contains("10 Mar 2026");
  }

  @Test
  void keepsAccentsAndApostrophesOfTheCreditorName() {
    String name = "Boulangerie L'Épi d'Or — Crème & Cœur « Île-de-France »";
    String text =
        PdfText.of(
            REPORT.render(
                Samples.creditor(name, "AGRIFRPP882"),
                Samples.agency(),
                Locale.FRENCH,
                PRINTED_ON,
                PARIS));
    assertThat(text).contains(PdfText.normalise(name));
  }

  @Test
  void printsTheLegalNoteWithItsArticles() {
    assertThat(french)
        .contains("à la charge du créancier mandant")
        .contains("dans un délai d'un mois à compter de leur encaissement effectif")
        .contains("sauf stipulation contraire")
        .contains("art. R124-3 et R124-6");
    assertThat(english)
        .contains("paid by the creditor")
        .contains("within one month of their actual encashment")
        .contains("unless the agreement provides otherwise")
        .contains("art. R124-3 and R124-6");
  }

  @Test
  void printsThePageNumberInTheFooter() {
    assertThat(french).contains("Page 1 / 1");
    assertThat(english).contains("Page 1 of 1");
  }

  @Test
  void printsADashForDetailsThatWereNotGiven() {
    String text =
        PdfText.of(
            REPORT.render(
                Samples.creditor("Boulangerie L'Épi d'Or", null, null),
                Samples.agency(),
                Locale.FRENCH,
                PRINTED_ON,
                PARIS));
    assertThat(text)
        .contains("BIC —")
        .contains("E-mail de contact —")
        .doesNotContain("null");
  }

  @Test
  void printsFrenchForALanguageItDoesNotSpeak() {
    String text = PdfText.of(render(Locale.GERMAN));
    assertThat(text).contains("Synthèse du mandat de recouvrement").contains("12,50 %");
  }

  @Test
  void isOneA4PortraitPage() throws IOException {
    try (PDDocument document = Loader.loadPDF(frenchPdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isEqualTo(PDRectangle.A4.getWidth(), within(1f));
      assertThat(page.getHeight()).isEqualTo(PDRectangle.A4.getHeight(), within(1f));
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Synthèse du mandat de recouvrement");
    }
  }

  @Test
  void embedsEveryFont() throws IOException {
    List<String> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(frenchPdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
          fonts.add(font.getName());
        }
      }
    }
    assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu"), "a DejaVu font");
  }

  @Test
  void fillsEveryTemplateParameterFromTheData() {
    List<String> templateParameters =
        Arrays.stream(REPORT.template().getParameters())
            .filter(p -> !p.isSystemDefined())
            .map(JRParameter::getName)
            .sorted()
            .toList();
    List<String> dataComponents =
        Arrays.stream(MandateSummaryData.class.getRecordComponents())
            .map(RecordComponent::getName)
            .sorted()
            .toList();
    assertThat(templateParameters).isEqualTo(dataComponents);
  }

  @Test
  void hasTheSameLabelsInFrenchAndEnglish() {
    ResourceBundle fr = MandateSummaryReport.labels(Locale.FRENCH);
    ResourceBundle en = MandateSummaryReport.labels(Locale.ENGLISH);
    assertThat(fr.getLocale()).isEqualTo(Locale.FRENCH);
    assertThat(en.getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(sorted(fr.keySet())).isEqualTo(sorted(en.keySet()));
  }

  private static List<String> sorted(Set<String> keys) {
    List<String> list = new ArrayList<>(keys);
    Collections.sort(list);
    return list;
  }
}
