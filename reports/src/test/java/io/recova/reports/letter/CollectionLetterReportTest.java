package io.recova.reports.letter;

import static io.recova.agency.letter.LetterKind.FIRM_REMINDER;
import static io.recova.agency.letter.LetterKind.FORMAL_NOTICE;
import static io.recova.agency.letter.LetterKind.FRIENDLY_REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recova.agency.letter.LetterContent;
import io.recova.agency.letter.LetterKind;
import io.recova.reports.PdfText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CollectionLetterReportTest {

  private static final CollectionLetterReport REPORT = new CollectionLetterReport();

  /** D7: article L111-8 paragraphs 2 and 3 as they must appear, word for word. */
  private static final String L111_8 =
      "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier,"
          + " sauf s'ils concernent un acte dont l'accomplissement est prescrit par la loi au"
          + " créancier. Toute stipulation contraire est réputée non écrite, sauf disposition"
          + " législative contraire. Cependant, le créancier qui justifie du caractère nécessaire"
          + " des démarches entreprises pour recouvrer sa créance peut demander au juge de"
          + " l'exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur"
          + " de mauvaise foi.";

  private static final Map<LetterKind, byte[]> FRENCH_PDF = new EnumMap<>(LetterKind.class);
  private static final Map<LetterKind, String> FRENCH = new EnumMap<>(LetterKind.class);
  private static final Map<LetterKind, String> ENGLISH = new EnumMap<>(LetterKind.class);

  @BeforeAll
  static void renderEveryKindInEachLanguage() {
    for (LetterKind kind : LetterKind.values()) {
      byte[] french = REPORT.render(LetterSamples.later(kind, Locale.FRENCH));
      FRENCH_PDF.put(kind, french);
      FRENCH.put(kind, PdfText.of(french));
      ENGLISH.put(kind, PdfText.of(REPORT.render(LetterSamples.later(kind, Locale.ENGLISH))));
    }
  }

  private static List<String> everyLetter() {
    List<String> letters = new ArrayList<>(FRENCH.values());
    letters.addAll(ENGLISH.values());
    return letters;
  }

  @Test
  void printsTheAgencyItsAddressAndItsActivity() {
    for (String text : everyLetter()) {
      assertThat(text)
          .contains("Recova Recouvrement SAS")
          .contains("12 rue de la Bourse, 69002 Lyon, France")
          .contains("Recouvrement amiable de créances pour le compte d'autrui")
          .contains("SIREN 552 100 554")
          .contains("contact@recova.example")
          .contains("+33 4 72 00 00 00");
    }
  }

  @Test
  void namesTheCreditorOnWhoseBehalfTheAgencyActs() {
    for (String text : everyLetter()) {
      assertThat(text).contains("Boulangerie L'Épi d'Or, 4 place des Terreaux, 69001 Lyon, France");
    }
    assertThat(FRENCH.get(FORMAL_NOTICE)).contains("Créancier : Boulangerie L'Épi d'Or");
    assertThat(ENGLISH.get(FORMAL_NOTICE)).contains("Creditor: Boulangerie L'Épi d'Or");
  }

  @Test
  void addressesTheDebtor() {
    assertThat(FRENCH.get(FORMAL_NOTICE))
        .contains(
            "Café des Canuts SARL À l'attention de M. Paul Girard 8 rue d'Austerlitz 69004 Lyon");
    assertThat(ENGLISH.get(FORMAL_NOTICE))
        .contains("Harbour Coffee Ltd Unit 4, Riverside Park Bristol BS1 4QA United Kingdom");
  }

  @Test
  void listsEachInvoiceWithItsExactAmountsInFrench() {
    for (String text : FRENCH.values()) {
      assertThat(text)
          .contains(
              "F-2025-0412 15/09/2025 15/10/2025 1 200,00 € 52,37 € 40,00 € 0,00 € 1 292,37 €")
          .contains("F-2025-0467 02/10/2025 01/11/2025 850,50 € 28,14 € 40,00 € 300,00 € 618,64 €")
          .contains(
              "F-2025-0511 20/10/2025 19/11/2025 2 340,00 € 41,09 € 40,00 € 0,00 € 2 421,09 €");
    }
  }

  @Test
  void listsEachInvoiceWithItsExactAmountsInEnglish() {
    for (String text : ENGLISH.values()) {
      assertThat(text)
          .contains("F-2025-0412 15 Sep 2025 15 Oct 2025 €1,200.00 €52.37 €40.00 €0.00 €1,292.37")
          .contains("F-2025-0467 2 Oct 2025 1 Nov 2025 €850.50 €28.14 €40.00 €300.00 €618.64")
          .contains("F-2025-0511 20 Oct 2025 19 Nov 2025 €2,340.00 €41.09 €40.00 €0.00 €2,421.09");
    }
  }

  @Test
  void totalsThePrincipalInterestIndemnitiesAndWhatIsStillDue() {
    for (String text : FRENCH.values()) {
      assertThat(text)
          .contains("Principal 4 390,50 €")
          .contains("Intérêts de retard 121,60 €")
          .contains("Indemnités forfaitaires de recouvrement 120,00 €")
          .contains("Déjà réglé 300,00 €")
          .contains("Total restant dû 4 332,10 €");
    }
    for (String text : ENGLISH.values()) {
      assertThat(text)
          .contains("Principal €4,390.50")
          .contains("Late-payment interest €121.60")
          .contains("Fixed recovery indemnities €120.00")
          .contains("Already paid €300.00")
          .contains("Total due €4,332.10");
    }
  }

  @Test
  void leavesOutTheCostsLineWhenTheDebtorBearsNoCosts() {
    for (String text : FRENCH.values()) {
      assertThat(text).doesNotContain("Frais à votre charge");
    }
    for (String text : ENGLISH.values()) {
      assertThat(text).doesNotContain("Costs payable by you");
    }
  }

  @Test
  void printsTheCostsLineWhenTheDebtorBearsCosts() {
    String text =
        PdfText.of(REPORT.render(LetterSamples.withTotals(LetterSamples.totals("35.00"))));
    assertThat(text)
        .contains("Frais à votre charge (loi ou décision de justice) 35,00 €")
        .contains("Total restant dû 4 367,10 €");
  }

  @Test
  void demandsPaymentOfTheTotalByTheDate() {
    for (String text : FRENCH.values()) {
      assertThat(text).contains("la somme de 4 332,10 € au plus tard le 07/12/2026");
    }
    for (String text : ENGLISH.values()) {
      assertThat(text).contains("€4,332.10 by 7 Dec 2026 at the latest");
    }
  }

  @Test
  void tellsHowToPayIntoTheThirdPartyFundsAccountQuotingTheCase() {
    for (String text : FRENCH.values()) {
      assertThat(text)
          .contains(
              "Par virement : sur le compte de fonds de tiers de Recova Recouvrement SAS,"
                  + " IBAN FR76 3000 4000 0312 3456 7890 143, en indiquant la référence"
                  + " REC-2026-0042.")
          .contains(
              "Par chèque : à l’ordre de Recova Recouvrement SAS, adressé à Recova Recouvrement"
                  + " SAS, 12 rue de la Bourse, 69002 Lyon, France")
          .contains("contactez Camille Martin au +33 4 72 00 00 00 ou à contact@recova.example");
    }
    for (String text : ENGLISH.values()) {
      assertThat(text)
          .contains("By bank transfer: to the third-party funds account of Recova Recouvrement SAS")
          .contains("IBAN FR76 3000 4000 0312 3456 7890 143, quoting the reference REC-2026-0042")
          .contains("By cheque: payable to Recova Recouvrement SAS")
          .contains("contact Camille Martin on +33 4 72 00 00 00 or at contact@recova.example");
    }
  }

  @Test
  void givesTheLetterItsReferencePlaceAndDate() {
    for (String text : FRENCH.values()) {
      assertThat(text)
          .contains("Nos réf. : LTR-2026-000123")
          .contains("Dossier : REC-2026-0042")
          .contains("Lyon, le 22/11/2026");
    }
    for (String text : ENGLISH.values()) {
      assertThat(text)
          .contains("Our ref.: LTR-2026-000123")
          .contains("Case: REC-2026-0042")
          .contains("Lyon, 22 Nov 2026");
    }
  }

  @Test
  void datesTheLetterFromTheAgencysTownWithoutItsCedex() {
    String text =
        PdfText.of(REPORT.render(LetterSamples.fromAgencyAt("BP 42, 69002 Lyon Cedex 02, France")));
    assertThat(text).contains("Lyon, le 22/11/2026");
  }

  @Test
  void datesTheLetterAloneWhenTheAgencysAddressHasNoPostcode() {
    String text = PdfText.of(REPORT.render(LetterSamples.fromAgencyAt("Lyon, France")));
    assertThat(text).contains("Le 22/11/2026").doesNotContain(", le 22/11/2026");
  }

  @Test
  void repeatsTheFirstLettersReferenceAndDateOnALaterContact() {
    for (String text : FRENCH.values()) {
      assertThat(text).contains("Rappel de notre courrier réf. LTR-2026-000098 du 02/11/2026");
    }
    for (String text : ENGLISH.values()) {
      assertThat(text).contains("Further to our letter ref. LTR-2026-000098 of 2 Nov 2026");
    }
  }

  @Test
  void mentionsNoEarlierLetterOnTheFirstOne() {
    String text = PdfText.of(REPORT.render(LetterSamples.first(FRIENDLY_REMINDER, Locale.FRENCH)));
    assertThat(text).doesNotContain("Rappel de notre courrier").doesNotContain("LTR-2026-000098");
  }

  @Test
  void reproducesArticleL1118WordForWordInEveryLanguage() {
    for (String text : everyLetter()) {
      assertThat(text).contains(L111_8);
    }
    assertThat(FRENCH.get(FRIENDLY_REMINDER))
        .contains("Article L111-8 du code des procédures civiles d’exécution, alinéas 2 et 3");
  }

  @Test
  void followsTheFrenchTextWithAMarkedTranslationOnlyInEnglish() {
    for (String text : ENGLISH.values()) {
      assertThat(text)
          .contains("(original French text)")
          .contains("English translation, for information only")
          .contains("Costs of recovery undertaken without an enforceable title remain payable by");
      assertThat(text.indexOf("English translation")).isGreaterThan(text.indexOf(L111_8));
    }
    for (String text : FRENCH.values()) {
      assertThat(text).doesNotContain("translation").doesNotContain("traduction");
    }
  }

  @Test
  void informsTheDebtorAboutItsPersonalDataInFrench() {
    for (String text : FRENCH.values()) {
      assertThat(text)
          .contains("Protection de vos données personnelles (article 14 du RGPD)")
          .contains(
              "Responsable du traitement : Recova Recouvrement SAS, 12 rue de la Bourse, 69002"
                  + " Lyon, France, qui agit pour le compte de Boulangerie L'Épi d'Or")
          .contains("Finalité : le recouvrement amiable de la créance")
          .contains("Base légale : l’intérêt légitime")
          .contains("le contrat dont résulte la créance")
          .contains("Données traitées : identité, coordonnées")
          .contains("données relatives à la créance")
          .contains("Origine des données : elles nous ont été communiquées par Boulangerie")
          .contains(
              "Destinataires : Boulangerie L'Épi d'Or, votre créancier, le personnel habilité")
          .contains("les professionnels du droit")
          .contains("Durée de conservation : tant que le dossier est ouvert, puis en archive")
          .contains("délai de prescription")
          .contains("accès")
          .contains("rectification")
          .contains("effacement")
          .contains("limitation du traitement")
          .contains("opposition")
          .contains("réclamation auprès de la CNIL")
          .contains("Pour exercer vos droits : écrivez à dpo@recova.example");
    }
  }

  @Test
  void informsTheDebtorAboutItsPersonalDataInEnglish() {
    for (String text : ENGLISH.values()) {
      assertThat(text)
          .contains("Your personal data (Article 14 of the GDPR)")
          .contains("Controller: Recova Recouvrement SAS")
          .contains("acting on behalf of Boulangerie L'Épi d'Or, your creditor")
          .contains("Purpose: amicable collection of the debt")
          .contains("Legal basis: your creditor’s legitimate interest")
          .contains("the contract from which the debt arises")
          .contains("Data processed: identity, contact details")
          .contains("data about the debt")
          .contains("Source of the data: they were provided to us by Boulangerie L'Épi d'Or")
          .contains("Recipients: Boulangerie L'Épi d'Or, your creditor; the authorised staff")
          .contains("legal professionals")
          .contains("Retention: while your case is open, then archived for the limitation period")
          .contains("access, rectification, erasure, restriction of processing and objection")
          .contains("lodge a complaint with the CNIL")
          .contains("To exercise your rights: write to dpo@recova.example");
    }
  }

  @Test
  void writesAFriendlyReminderCourteously() {
    assertThat(FRENCH.get(FRIENDLY_REMINDER))
        .contains("Objet : Rappel de paiement — factures impayées")
        .contains("Sauf erreur ou omission de notre part")
        .contains("simple oubli")
        .contains("Si votre paiement a croisé ce courrier")
        .doesNotContain("mise en demeure")
        .doesNotContain("juridiction");
    assertThat(ENGLISH.get(FRIENDLY_REMINDER))
        .contains("Subject: Payment reminder — unpaid invoices")
        .contains("probably an oversight")
        .doesNotContain("formal notice")
        .doesNotContain("court");
  }

  @Test
  void announcesTheFormalNoticeInAFirmReminder() {
    assertThat(FRENCH.get(FIRM_REMINDER))
        .contains("Objet : Dernier rappel avant mise en demeure")
        .contains("sans plus attendre")
        .contains("une mise en demeure de payer vous sera adressée")
        .doesNotContain("juridiction");
    assertThat(ENGLISH.get(FIRM_REMINDER))
        .contains("Subject: Final reminder before formal notice")
        .contains("you will be sent a formal notice to pay")
        .doesNotContain("court");
  }

  @Test
  void givesFormalNoticeToPayAndWarnsOfCourtAction() {
    assertThat(FRENCH.get(FORMAL_NOTICE))
        .contains("Objet : Mise en demeure de payer")
        .contains(
            "nous vous mettons en demeure de payer la somme de 4 332,10 € au plus tard le"
                + " 07/12/2026")
        .contains("Boulangerie L'Épi d'Or pourra saisir la juridiction compétente");
    assertThat(ENGLISH.get(FORMAL_NOTICE))
        .contains("Subject: Formal notice to pay")
        .contains("We hereby give you formal notice to pay €4,332.10 by 7 Dec 2026")
        .contains("Boulangerie L'Épi d'Or may take the matter to court");
  }

  @Test
  void neverLooksLikeACourtDocument() {
    for (String text : everyLetter()) {
      assertThat(text.toLowerCase(Locale.ROOT))
          .doesNotContain("service judiciaire")
          .doesNotContain("huissier")
          .doesNotContain("commissaire")
          .doesNotContain("frais accessoires")
          .doesNotContain("tribunal")
          .doesNotContain("bailiff");
    }
  }

  @Test
  void signsWithTheCollectorsNameOrTheAgencyAlone() {
    assertThat(FRENCH.get(FORMAL_NOTICE))
        .contains("Camille Martin Chargé(e) de recouvrement Recova Recouvrement SAS");
    LetterContent unsigned = LetterSamples.first(FORMAL_NOTICE, Locale.FRENCH);
    unsigned =
        new LetterContent(
            unsigned.kind(),
            unsigned.language(),
            unsigned.reference(),
            unsigned.date(),
            unsigned.agency(),
            unsigned.creditor(),
            unsigned.debtor(),
            unsigned.caseReference(),
            unsigned.claims(),
            unsigned.totals(),
            unsigned.payBy(),
            null,
            null,
            null);
    String text = PdfText.of(REPORT.render(unsigned));
    assertThat(text)
        .doesNotContain("Camille Martin")
        .doesNotContain("Chargé(e)")
        .contains("contactez votre gestionnaire de dossier au +33 4 72 00 00 00");
  }

  @Test
  void printsTheAgencyAndTheLetterReferenceInEveryPageFooter() {
    List<String> pages = PdfText.pages(FRENCH_PDF.get(FORMAL_NOTICE));
    for (int page = 1; page <= pages.size(); page++) {
      assertThat(pages.get(page - 1))
          .contains("Recova Recouvrement SAS · SIREN 552 100 554 · Réf. LTR-2026-000123")
          .contains("Page " + page + " / " + pages.size());
    }
    String english = ENGLISH.get(FORMAL_NOTICE);
    assertThat(english).contains("Ref. LTR-2026-000123").containsPattern("Page 1 of [12]");
  }

  @ParameterizedTest
  @EnumSource(LetterKind.class)
  void fitsOnOneOrTwoA4Pages(LetterKind kind) throws IOException {
    try (PDDocument document = Loader.loadPDF(FRENCH_PDF.get(kind))) {
      assertThat(document.getNumberOfPages()).isBetween(1, 2);
      PDRectangle page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isEqualTo(PDRectangle.A4.getWidth(), within(1f));
      assertThat(page.getHeight()).isEqualTo(PDRectangle.A4.getHeight(), within(1f));
    }
  }

  @Test
  void titlesThePdfWithTheSubjectAndReference() throws IOException {
    try (PDDocument document = Loader.loadPDF(FRENCH_PDF.get(FORMAL_NOTICE))) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Mise en demeure de payer — LTR-2026-000123");
      assertThat(document.getDocumentInformation().getAuthor())
          .isEqualTo("Recova Recouvrement SAS");
    }
  }

  @Test
  void embedsEveryFont() throws IOException {
    List<String> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(FRENCH_PDF.get(FORMAL_NOTICE))) {
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
  void keepsMarkupCharactersAndAccentsOfTheCreditorsName() {
    String name = "Crème & Cœur <Sud> « Île-de-France »";
    String text =
        PdfText.of(REPORT.render(LetterSamples.withCreditor(LetterSamples.creditor(name))));
    // The payment methods and the privacy notice are styled markup; the name must survive both.
    assertThat(text)
        .contains("qui agit pour le compte de " + PdfText.normalise(name))
        .contains("communiquées par " + PdfText.normalise(name));
  }

  @Test
  void printsFrenchForALanguageItDoesNotSpeak() {
    String text = PdfText.of(REPORT.render(LetterSamples.later(FORMAL_NOTICE, Locale.GERMAN)));
    assertThat(text).contains("Mise en demeure de payer").contains("4 332,10 €");
  }
}
