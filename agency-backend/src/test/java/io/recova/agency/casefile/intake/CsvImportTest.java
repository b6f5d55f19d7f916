package io.recova.agency.casefile.intake;

import static io.recova.agency.casefile.intake.ImportAssertions.everyRowIsAccountedFor;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.casefile.DebtorKind;
import io.recova.agency.casefile.NewCase;
import io.recova.agency.casefile.NewClaim;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvImportTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String FRENCH_HEADER =
      "Référence;Débiteur;SIREN;N° facture;Date facture;Échéance;Montant TTC";

  private final CaseFileReader reader = new CaseFileReader();

  private ParsedImport read(String text) {
    return read(text.getBytes(UTF_8), Map.of());
  }

  private ParsedImport read(byte[] bytes, Map<String, ImportColumn> custom) {
    return reader.read(bytes, ImportFormat.CSV, custom, TODAY);
  }

  private static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static NewCase caseOf(ParsedImport parsed, String reference) {
    return parsed.cases().stream().filter(c -> c.reference().equals(reference))
        .findFirst().orElseThrow().command();
  }

  @Test
  void readsAUtf8FileWithBomAndFrenchHeaders() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = lines(FRENCH_HEADER,
        "D-1;Boulangerie Dupré SARL;732 829 320;F-2025-001;15/01/2025;15/02/2025;1 234,56",
        "D-1;Boulangerie Dupré SARL;732829320;F-2025-002;01/02/2025;03/03/2025;99,90",
        "D-2;Café de la Gare;552100554;F-2025-010;5/3/2025;5/4/2025;€ 450");

    ParsedImport parsed = read(concat(bom, text.getBytes(UTF_8)), Map.of());

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.charset()).isEqualTo("UTF-8");
    assertThat(parsed.separator()).isEqualTo(';');
    assertThat(parsed.recognisedHeaders()).containsExactly("Référence", "Débiteur", "SIREN",
        "N° facture", "Date facture", "Échéance", "Montant TTC");
    assertThat(parsed.ignoredHeaders()).isEmpty();
    assertThat(parsed.dataRows()).isEqualTo(3);
    assertThat(parsed.cases()).extracting(ImportedCase::reference, ImportedCase::rows)
        .containsExactly(tuple("D-1", List.of(2, 3)), tuple("D-2", List.of(4)));
    NewCase d1 = caseOf(parsed, "D-1");
    assertThat(d1.creditorId()).isNull();
    assertThat(d1.externalReference()).isEqualTo("D-1");
    assertThat(d1.debtor().name()).isEqualTo("Boulangerie Dupré SARL");
    assertThat(d1.debtor().kind()).isEqualTo(DebtorKind.COMPANY);
    assertThat(d1.claims()).extracting(NewClaim::invoiceNumber, NewClaim::principal,
            NewClaim::dueDate, NewClaim::nature)
        .containsExactly(
            tuple("F-2025-001", new BigDecimal("1234.56"), LocalDate.of(2025, 2, 15),
                ClaimNature.B2B),
            tuple("F-2025-002", new BigDecimal("99.90"), LocalDate.of(2025, 3, 3),
                ClaimNature.B2B));
    assertThat(caseOf(parsed, "D-2").claims().get(0).principal()).isEqualByComparingTo("450");
    assertThat(caseOf(parsed, "D-2").claims().get(0).invoiceDate())
        .isEqualTo(LocalDate.of(2025, 3, 5));
  }

  @Test
  void readsWindows1252AsExcelWritesItOnAFrenchWindows() {
    String text = lines(
        "Référence;Débiteur;Adresse;Code postal;Ville;N° facture;Date facture;Échéance;Montant",
        "R1;Cœur de Lèvres & Façades;12 rue de l'Église;1000;Bourg-en-Bresse;F1;10/01/2025;"
            + "10/02/2025;1 500,00 €",
        "R2;Hélène Bérégovoy;3 place Hôtel de Ville;75004;Paris;F2;10/01/2025;10/02/2025;"
            + "80 €");
    byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
    assertThat(bytes).contains((byte) 0x80, (byte) 0x9C); // "€" and "œ" in Windows-1252

    ParsedImport parsed = read(bytes, Map.of());

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.charset()).isEqualTo("windows-1252");
    assertThat(parsed.recognisedHeaders()).contains("Référence", "Échéance");
    NewCase r1 = caseOf(parsed, "R1");
    assertThat(r1.debtor().name()).isEqualTo("Cœur de Lèvres & Façades");
    assertThat(r1.debtor().address().line1()).isEqualTo("12 rue de l'Église");
    // Excel turned 01000 into the number 1000; a French postal code gets its zero back.
    assertThat(r1.debtor().address().postalCode()).isEqualTo("01000");
    assertThat(r1.claims().get(0).principal()).isEqualTo(new BigDecimal("1500.00"));
    NewCase r2 = caseOf(parsed, "R2");
    assertThat(r2.debtor().name()).isEqualTo("Hélène Bérégovoy");
    assertThat(r2.debtor().kind()).isEqualTo(DebtorKind.PERSON);
    assertThat(r2.claims().get(0).nature()).isEqualTo(ClaimNature.B2C);
  }

  @Test
  void readsUtf16WithItsByteOrderMark() {
    String text = lines("Débiteur;N° facture;Date facture;Échéance;Montant",
        "Zoé Lefèvre;F1;01/01/2025;01/02/2025;10");
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        text.getBytes(StandardCharsets.UTF_16BE));

    for (byte[] bytes : List.of(le, be)) {
      ParsedImport parsed = read(bytes, Map.of());
      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.charset()).startsWith("UTF-16");
      assertThat(parsed.cases().get(0).command().debtor().name()).isEqualTo("Zoé Lefèvre");
    }
  }

  @Test
  void readsDecimalCommasAndEveryKindOfThousandsSpace() {
    ParsedImport parsed = read(lines("Débiteur;N° facture;Date facture;Échéance;Montant",
        "A;F1;01/01/2025;01/02/2025;1\u00A0234,56",
        "A;F2;01/01/2025;01/02/2025;1\u202F234,56 €",
        "A;F3;01/01/2025;01/02/2025;\"1 234,56\"",
        "A;F4;01/01/2025;01/02/2025;12,5",
        "A;F5;01/01/2025;01/02/2025;EUR 7.25",
        "A;F6;01/01/2025;01/02/2025;1.234,56",
        "A;F7;01/01/2025;01/02/2025;\u00A01 234,56\u00A0"));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.cases()).extracting(c -> c.command().claims().get(0).principal())
        .containsExactly(new BigDecimal("1234.56"), new BigDecimal("1234.56"),
            new BigDecimal("1234.56"), new BigDecimal("12.5"), new BigDecimal("7.25"),
            new BigDecimal("1234.56"), new BigDecimal("1234.56"));
  }

  @Test
  void anAmbiguousCommaBeforeThreeDigitsIsReadAsDecimalsAndRefusedForEuros() {
    ParsedImport parsed = read(lines("Débiteur;N° facture;Date facture;Échéance;Montant",
        "A;F1;01/01/2025;01/02/2025;1,234"));

    assertThat(parsed.cases()).isEmpty();
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(2);
      assertThat(p.column()).isEqualTo("Montant");
      assertThat(p.code()).isEqualTo("principal.scale");
      assertThat(p.message()).contains("(the cell reads '1,234')");
    });
  }

  @Test
  void keepsQuotedSeparatorsAndLineBreaksInsideTheirCell() {
    ParsedImport parsed = read(lines(
        "Débiteur;N° facture;Date facture;Échéance;Montant;Adresse;Code postal;Ville",
        "\"Dupont; Fils et Cie\";F1;01/02/2025;01/03/2025;\"1 000,00\";\"3 rue Haute",
        "Bâtiment B\";69001;Lyon",
        "\"Martin \"\"le jeune\"\"\";F2;01/02/2025;01/03/2025;20;1 rue Basse;69002;Lyon",
        "Bernard;F3;01/02/2025;01/03/2025;-3;1 rue Basse;69002;Lyon"));

    assertThat(parsed.cases()).extracting(ImportedCase::rows)
        .containsExactly(List.of(2), List.of(3));
    NewCase first = caseOf(parsed, "F1");
    assertThat(first.debtor().name()).isEqualTo("Dupont; Fils et Cie");
    assertThat(first.debtor().address().line1()).isEqualTo("3 rue Haute Bâtiment B");
    assertThat(first.claims().get(0).principal()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(caseOf(parsed, "F2").debtor().name()).isEqualTo("Martin \"le jeune\"");
    // The line break in row 2 does not shift the numbering: Excel shows Bernard on row 4.
    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::code)
        .containsExactly(tuple(4, "principal.positive"));
  }

  @Test
  void skipsBlankLinesSilentlyAndKeepsCountingThem() {
    ParsedImport parsed = read(lines("Débiteur;N° facture;Date facture;Échéance;Montant",
        "A;F1;01/01/2025;01/02/2025;10",
        "",
        ";;;;",
        " ; ;\u00A0; ; ",
        "B;F2;01/01/2025;01/02/2025;-12,00",
        "C;F3;01/01/2025;01/02/2025;30",
        "",
        "",
        ";;;;"));

    assertThat(parsed.dataRows()).isEqualTo(3);
    assertThat(parsed.cases()).extracting(ImportedCase::rows)
        .containsExactly(List.of(2), List.of(7));
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(6);
      assertThat(p.column()).isEqualTo("Montant");
      assertThat(p.code()).isEqualTo("principal.positive");
      assertThat(p.message()).isEqualTo("Row 6, column 'Montant': the amount must be greater"
          + " than zero, found -12.00 (the cell reads '-12,00')");
    });
    everyRowIsAccountedFor(parsed, Set.of(2, 6, 7));
  }

  @Test
  void groupsRowsOfACaseAndRejectsTheWholeCaseWhenOneRowIsWrong() {
    ParsedImport parsed = read(lines(
        "Référence;Débiteur;N° facture;Date facture;Échéance;Montant;Email",
        "D1;Alpha SARL;F1;01/01/2025;01/02/2025;10;compta@alpha.fr",
        "D1;ALPHA  sarl;F2;01/01/2025;01/02/2025;20;",
        "D1;Beta SA;F3;01/01/2025;01/02/2025;30;compta@alpha.fr",
        "D2;Gamma;F4;01/01/2025;01/02/2025;10;",
        "D2;Gamma;F4;02/01/2025;02/02/2025;15;",
        "D3;Delta;F5;01/01/2025;01/02/2025;10;a@delta.fr",
        "D3;Delta;F6;01/01/2025;01/02/2025;11;",
        "D3;Delta;F7;01/01/2025;01/02/2025;12;a@delta.fr"));

    assertThat(parsed.cases()).singleElement().satisfies(c -> {
      assertThat(c.reference()).isEqualTo("D3");
      assertThat(c.rows()).containsExactly(7, 8, 9);
      assertThat(c.command().claims()).extracting(NewClaim::invoiceNumber)
          .containsExactly("F5", "F6", "F7");
      assertThat(c.command().debtor().email()).isEqualTo("a@delta.fr");
    });
    assertThat(parsed.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::code)
        .containsExactly(
            tuple(2, null, "case.rejectedWithRow"),
            tuple(3, null, "case.rejectedWithRow"),
            tuple(4, "Débiteur", "case.inconsistentDebtor"),
            tuple(5, null, "case.rejectedWithRow"),
            tuple(6, "N° facture", "invoiceNumber.duplicate"));
    assertThat(parsed.problems().get(0).message()).contains("case 'D1'", "row 4");
    assertThat(parsed.problems().get(2).message())
        .contains("Row 4, column 'Débiteur'", "'Alpha SARL'", "row 2", "'Beta SA'");
    assertThat(parsed.problems().get(3).message()).contains("row 6");
    everyRowIsAccountedFor(parsed, Set.of(2, 3, 4, 5, 6, 7, 8, 9));
  }

  @Test
  void reportsEachWrongValueOnItsRowAndColumn() {
    ParsedImport parsed = read(lines(FRENCH_HEADER,
        ";Neg SARL;;N1;01/01/2025;01/02/2025;-12,00",
        ";Zero SARL;;N2;01/01/2025;01/02/2025;0",
        ";NoDue SARL;;N3;01/01/2025;;10",
        ";Future SARL;;N4;01/12/2026;15/12/2026;10",
        ";BadSiren SARL;372829320;N5;01/01/2025;01/02/2025;10",
        ";Feb SARL;;N6;31/02/2025;01/04/2025;10",
        ";Short SARL;;N7;15/03/25;15/04/2025;10",
        ";Good SARL;732829320;N8;15/03/2025;15/04/2025;10",
        ";;;N9;15/03/2025;15/04/2025;abc",
        ";Formula;;N10;15/03/2025;15/04/2025;10"));

    assertThat(parsed.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::code)
        .containsExactly(
            tuple(2, "Montant TTC", "principal.positive"),
            tuple(3, "Montant TTC", "principal.positive"),
            tuple(4, "Échéance", "dueDate.required"),
            tuple(5, "Date facture", "date.future"),
            tuple(6, "SIREN", "registrationNumber.invalid"),
            tuple(7, "Date facture", "date.format"),
            tuple(8, "Date facture", "date.twoDigitYear"),
            tuple(10, "Montant TTC", "number.format"),
            tuple(10, "Débiteur", "required"));
    assertThat(parsed.cases()).extracting(ImportedCase::reference).containsExactly("N8", "N10");
    assertThat(parsed.problems().get(0).message())
        .startsWith("Row 2, column 'Montant TTC': the amount must be greater than zero");
    assertThat(parsed.problems().get(5).message()).contains("31/02/2025");
    everyRowIsAccountedFor(parsed, Set.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
  }

  @Test
  void keepsAFormulaLikeCellAsPlainText() {
    ParsedImport parsed = read(lines("Débiteur;N° facture;Date facture;Échéance;Montant",
        "\"=HYPERLINK(\"\"http://evil.example\"\";\"\"Cliquez\"\")\";F1;01/01/2025;01/02/2025;10"));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.cases().get(0).command().debtor().name())
        .isEqualTo("=HYPERLINK(\"http://evil.example\";\"Cliquez\")");
  }

  @Test
  void readsEachInvoicesVatRateWhenTheFileGivesIt() {
    ParsedImport parsed = read(lines(FRENCH_HEADER + ";Taux TVA",
        "R-1;Garage des Alpes SAS;383474814;F-1;15/01/2025;15/02/2025;1200,00;5,5 %",
        "R-1;Garage des Alpes SAS;383474814;F-2;20/01/2025;20/02/2025;99,99;",
        "R-2;Garage des Alpes SAS;383474814;F-3;20/01/2025;20/02/2025;10,00;120"));

    assertThat(parsed.cases()).extracting(ImportedCase::reference).containsExactly("R-1");
    assertThat(caseOf(parsed, "R-1").claims()).extracting(NewClaim::vatPercent)
        .containsExactly(new BigDecimal("5.5"), null);
    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "percent.range"));
  }

  @Test
  void readsEnglishHeadersWithCommasAndIsoDates() {
    ParsedImport parsed = read(lines(
        "Case Reference,Debtor Name,Registration Number,Invoice Number,Invoice Date,Due Date,"
            + "Amount Due,Currency,Nature,Debtor Type,Contract rate,Country",
        "C-1,Acme Ltd,,INV-1,2025-01-15,2025-02-15,\"1,234.50\",EUR,B2B,company,\"10,5 %\",France",
        "C-1,Acme Ltd,,INV-2,2025-01-20,2025-02-20,99.99,eur,pro,company,,France",
        "C-2,John Smith,,INV-3,2025-01-20,2025-02-20,15,,,individual,,"));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.separator()).isEqualTo(',');
    NewCase c1 = caseOf(parsed, "C-1");
    assertThat(c1.claims()).extracting(NewClaim::principal)
        .containsExactly(new BigDecimal("1234.50"), new BigDecimal("99.99"));
    assertThat(c1.claims().get(0).invoiceDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(c1.claims().get(0).contractRatePercent()).isEqualTo(new BigDecimal("10.5"));
    assertThat(c1.claims().get(1).nature()).isEqualTo(ClaimNature.B2B);
    assertThat(c1.debtor().kind()).isEqualTo(DebtorKind.COMPANY);
    NewCase c2 = caseOf(parsed, "C-2");
    assertThat(c2.debtor().kind()).isEqualTo(DebtorKind.PERSON);
    assertThat(c2.claims().get(0).nature()).isEqualTo(ClaimNature.B2C);
  }

  @Test
  void readsATabSeparatedFile() {
    ParsedImport parsed = read(lines("Debtor\tInvoice\tInvoice date\tDue date\tAmount",
        "Acme, Inc.\tINV-1\t2025-01-15\t2025-02-15\t12.50"));

    assertThat(parsed.separator()).isEqualTo('\t');
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.cases().get(0).command().debtor().name()).isEqualTo("Acme, Inc.");
  }

  @Test
  void appliesTheCreditorsOwnMapping() {
    String text = lines("Tiers;Num pièce;Date pièce;Échéance;Solde;Commentaire",
        "Garage Lemaire;VT-0042;03/04/2025;03/05/2025;310,00;relancé 2 fois");

    ParsedImport parsed = read(text.getBytes(UTF_8), Map.of(
        "Num pièce", ImportColumn.INVOICE_NUMBER,
        "tiers", ImportColumn.DEBTOR_NAME,
        "DATE PIECE", ImportColumn.INVOICE_DATE));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.recognisedHeaders())
        .containsExactly("Tiers", "Num pièce", "Date pièce", "Échéance", "Solde");
    assertThat(parsed.ignoredHeaders()).containsExactly("Commentaire");
    NewCase c = caseOf(parsed, "VT-0042");
    assertThat(c.debtor().name()).isEqualTo("Garage Lemaire");
    assertThat(c.claims().get(0).invoiceDate()).isEqualTo(LocalDate.of(2025, 4, 3));
  }

  @Test
  void aMissingRequiredColumnRejectsTheFile() {
    ParsedImport parsed = read(lines("Débiteur;Montant;Commentaire",
        "A;10;x",
        "B;20;y"));

    assertThat(parsed.cases()).isEmpty();
    assertThat(parsed.fileRejected()).isTrue();
    assertThat(parsed.dataRows()).isEqualTo(2);
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isZero();
      assertThat(p.code()).isEqualTo("header.missing");
      assertThat(p.message()).contains("invoice number", "'Débiteur', 'Montant', 'Commentaire'");
    });
  }

  @Test
  void reportsARowWithMoreCellsThanHeaders() {
    ParsedImport parsed = read(lines("Débiteur;N° facture;Date facture;Échéance;Montant",
        "Dupont; Fils;F1;01/01/2025;01/02/2025;10",
        "Martin;F2;01/01/2025;01/02/2025;10;;",
        "Short;F3;01/01/2025;01/02/2025"));

    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::code)
        .contains(tuple(2, "row.extraCells"), tuple(4, "principal.required"));
    assertThat(parsed.cases()).extracting(ImportedCase::rows).containsExactly(List.of(3));
    everyRowIsAccountedFor(parsed, Set.of(2, 3, 4));
  }

  @Test
  void anUnclosedQuoteIsAFileProblem() {
    ParsedImport parsed = read(lines("Débiteur;N° facture;Date facture;Échéance;Montant",
        "A;F1;01/01/2025;01/02/2025;10",
        "\"B;F2;01/01/2025;01/02/2025;10"));

    assertThat(parsed.cases()).isEmpty();
    assertThat(parsed.problems()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("csv.malformed"));
  }

  @Test
  void emptyFilesAreFileProblems() {
    assertThat(read("").problems()).extracting(RowProblem::code).containsExactly("file.empty");
    assertThat(read(lines("Débiteur;N° facture;Date facture;Échéance;Montant", "", ";;;;"))
        .problems()).extracting(RowProblem::code).containsExactly("file.noRows");
  }

  @Test
  void refusesAFileWithTooManyRows() {
    FileText text = new FileText(lines("Débiteur;N° facture;Date facture;Échéance;Montant",
        "A;F1;01/01/2025;01/02/2025;10",
        "A;F2;01/01/2025;01/02/2025;10",
        "A;F3;01/01/2025;01/02/2025;10"), "UTF-8");

    ParsedImport parsed = new CsvCaseReader(2).read(text, Map.of(), TODAY);

    assertThat(parsed.cases()).isEmpty();
    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::code)
        .containsExactly(tuple(0, "file.tooManyRows"));
  }

  @Test
  void accountsForEveryRowOfAMixedFile() {
    ParsedImport parsed = read(lines(
        "Référence;Débiteur;SIREN;N° facture;Date facture;Échéance;Montant;Nature;Type",
        "A;Alpha;732829320;A1;01/01/2025;01/02/2025;10;;",           // 2 ok
        "A;Alpha;732829320;A2;01/01/2025;01/02/2025;11;B2B;société", // 3 ok
        "B;Beta;;B1;01/01/2025;01/02/2025;12;particulier;",          // 4 rejected with 5
        "B;Beta;;B2;01/01/2025;;13;;",                               // 5 no due date
        "",                                                          // 6 blank
        "C;Gamma;;C1;01/01/2025;01/02/2025;14;lune;",                // 7 unknown nature
        "D;Delta;;D1;01/01/2025;01/02/2025;15;civil;personne",       // 8 ok
        ";;;;;;;;",                                                  // 9 blank
        "E;Eps;;E1;01/01/2025;01/02/2025;16;;",                      // 10 rejected with 11
        "E;Eps;123456789;E2;01/01/2025;01/02/2025;17;;",             // 11 bad SIREN
        "F;Phi;;F1;01/01/2025;01/02/2025;18;B2B;mars"));             // 12 unknown kind

    everyRowIsAccountedFor(parsed, Set.of(2, 3, 4, 5, 7, 8, 10, 11, 12));
    assertThat(parsed.cases()).extracting(ImportedCase::reference).containsExactly("A", "D");
    assertThat(caseOf(parsed, "D").claims().get(0).nature()).isEqualTo(ClaimNature.CIVIL);
    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::code)
        .containsExactly(
            tuple(4, "case.rejectedWithRow"),
            tuple(5, "dueDate.required"),
            tuple(7, "nature.unknown"),
            tuple(10, "case.rejectedWithRow"),
            tuple(11, "registrationNumber.invalid"),
            tuple(12, "debtorKind.unknown"));
  }
}
