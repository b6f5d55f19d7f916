package io.recova.agency.casefile.intake;

import static io.recova.agency.casefile.intake.ImportAssertions.everyRowIsAccountedFor;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.casefile.DebtorKind;
import io.recova.agency.casefile.NewCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonImportTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static final String GOOD = """
      {"externalReference": "J-1",
       "debtor": {"kind": "COMPANY", "name": "Société Générale de Bâtiment",
                  "registrationNumber": "732829320",
                  "address": {"line1": "1 rue de la Paix", "postalCode": "75002",
                              "city": "Paris", "countryCode": "FR"},
                  "email": "compta@sgb.fr"},
       "claims": [{"invoiceNumber": "F-1", "invoiceDate": "2025-01-15", "dueDate": "2025-02-15",
                   "principal": 1234.56, "currency": "EUR", "nature": "B2B",
                   "contractRatePercent": 10},
                  {"invoiceNumber": "F-2", "invoiceDate": "2025-02-01", "dueDate": "2025-03-01",
                   "principal": "1 000,50"}],
       "formalNoticeDate": "2025-06-01"}
      """;

  private static final String SECOND_GOOD = """
      {"externalReference": "J-3", "debtor": {"name": "Jean Dupont"},
       "claims": [{"invoiceNumber": 42, "invoiceDate": "2025-01-15", "dueDate": "2025-02-15",
                   "principal": "80"}], "comment": "ignored"}
      """;

  private static final String BAD = """
      {"externalReference": "J-2", "debtor": {"name": "Bad Case SARL", "kind": "alien"},
       "claims": [{"invoiceNumber": "F-9", "invoiceDate": "2025-02-31", "dueDate": "2025-03-01",
                   "principal": -5}, "not a claim"]}
      """;

  private final CaseFileReader reader = new CaseFileReader();

  private ParsedImport read(String json) {
    return reader.read(json.getBytes(UTF_8), ImportFormat.JSON, Map.of(), TODAY);
  }

  @Test
  void readsAnArrayOfCasesAndReportsTheBadOneOnItsOwn() {
    ParsedImport parsed = read("[" + GOOD + "," + BAD + "," + SECOND_GOOD + "]");

    assertThat(parsed.format()).isEqualTo(ImportFormat.JSON);
    assertThat(parsed.separator()).isNull();
    assertThat(parsed.dataRows()).isEqualTo(3);
    assertThat(parsed.cases()).extracting(ImportedCase::reference).containsExactly("J-1", "J-3");
    NewCase j1 = parsed.cases().get(0).command();
    assertThat(j1.creditorId()).isNull();
    assertThat(j1.debtor().name()).isEqualTo("Société Générale de Bâtiment");
    assertThat(j1.debtor().address().city()).isEqualTo("Paris");
    assertThat(j1.claims().get(0).principal()).isEqualTo(new BigDecimal("1234.56"));
    assertThat(j1.claims().get(0).contractRatePercent()).isEqualByComparingTo("10");
    assertThat(j1.claims().get(1).principal()).isEqualTo(new BigDecimal("1000.50"));
    assertThat(j1.claims().get(1).nature()).isEqualTo(ClaimNature.B2B);
    assertThat(j1.formalNoticeDate()).isEqualTo(LocalDate.of(2025, 6, 1));
    NewCase j3 = parsed.cases().get(1).command();
    assertThat(j3.debtor().kind()).isEqualTo(DebtorKind.PERSON);
    assertThat(j3.claims().get(0).invoiceNumber()).isEqualTo("42");
    assertThat(j3.claims().get(0).nature()).isEqualTo(ClaimNature.B2C);
    assertThat(parsed.cases().get(1).rows()).containsExactly(3);

    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::column,
            RowProblem::code)
        .containsExactlyInAnyOrder(
            tuple(2, "debtor.kind", "debtorKind.unknown"),
            tuple(2, "claims[0].invoiceDate", "date.format"),
            tuple(2, "claims[0].principal", "principal.positive"),
            tuple(2, "claims[1]", "json.type"));
    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.message()).startsWith("Case 2, "));
    assertThat(parsed.ignoredHeaders()).containsExactly("comment");
    everyRowIsAccountedFor(parsed, Set.of(1, 2, 3));
  }

  @Test
  void readsTheCasesOfAnObject() {
    ParsedImport parsed = read("{\"cases\": [" + GOOD + ", 17, " + SECOND_GOOD + "]}");

    assertThat(parsed.cases()).extracting(ImportedCase::reference).containsExactly("J-1", "J-3");
    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::code)
        .containsExactly(tuple(2, "json.notAnObject"));
  }

  @Test
  void aCaseTwiceInTheFileIsReportedOnItsSecondOccurrence() {
    ParsedImport parsed = read("[" + GOOD + "," + GOOD + "]");

    assertThat(parsed.cases()).hasSize(1);
    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::code)
        .containsExactly(tuple(2, "case.duplicateReference"));
  }

  @Test
  void reportsMissingPartsByTheirPath() {
    ParsedImport parsed = read("[{\"externalReference\": \"X\"}, {\"debtor\": \"Dupont\"}]");

    assertThat(parsed.cases()).isEmpty();
    assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::column,
            RowProblem::code)
        .containsExactly(
            tuple(1, "debtor", "debtor.required"),
            tuple(1, "claims", "claims.required"),
            tuple(2, "debtor", "json.type"),
            tuple(2, "externalReference", "required"),
            tuple(2, "claims", "claims.required"));
  }

  @Test
  void malformedJsonIsOneFileProblem() {
    ParsedImport parsed = read("[" + GOOD + ", {\"externalReference\": ");

    assertThat(parsed.cases()).isEmpty();
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isZero();
      assertThat(p.code()).isEqualTo("json.malformed");
      assertThat(p.message()).startsWith("The file is not valid JSON: ");
    });
  }

  @Test
  void aDocumentWithoutCasesIsAFileProblem() {
    assertThat(read("{\"dossiers\": []}").problems()).extracting(RowProblem::code)
        .containsExactly("json.shape");
  }
}
