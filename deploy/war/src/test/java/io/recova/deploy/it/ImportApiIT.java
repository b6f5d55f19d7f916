package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk intake on the real WAR: a creditor's ugly file, its per-row report, re-imports that add
 * nothing, all-or-nothing, JSON, a creditor's own headers, and scoping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  /** A French Excel export: Windows-1252, ';', decimal commas, a blank line, four bad rows. */
  static byte[] frenchExport(String tag) {
    String csv = String.join("\r\n",
        "Référence;Débiteur;SIREN;Adresse;Code postal;Ville;N° facture;Date facture;Échéance;Montant TTC;Nature",
        "R-" + tag + "-1;Sérénité Café SARL;383474814;2 rue de l'Église;69001;Lyon;F" + tag + "-1;03/01/2025;02/02/2025;1 234,56;B2B",
        "R-" + tag + "-1;Sérénité Café SARL;383474814;2 rue de l'Église;69001;Lyon;F" + tag + "-2;10/01/2025;09/02/2025;100,00;B2B",
        "R-" + tag + "-2;Négoce Œnologie;;;;;F" + tag + "-3;03/01/2025;02/02/2025;-12,00;B2B",
        "R-" + tag + "-3;Garage Chênes;;;;;F" + tag + "-4;03/01/2025;;50,00;B2B",
        "R-" + tag + "-4;Zoé Lefèvre;;;;;F" + tag + "-5;03/01/2099;02/02/2099;80,00;B2C",
        "",
        "R-" + tag + "-5;\"Dupré; Fils & Cie\";;\"8 quai \"\"Nord\"\"\";75001;Paris;F" + tag + "-6;05/05/2025;04/06/2025;\"2 500,00 €\";B2B",
        "");
    return csv.getBytes(Charset.forName("windows-1252"));
  }

  private Api.Reply importAs(String user, String query, byte[] body, String type) {
    return api().postBytes("/api/v1/cases/import" + query, Tokens.of(user), type, body);
  }

  @Test
  void aFrenchExcelFileIsImportedWithAReportOnEveryBadRowAndAgainWithoutDuplicates() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    byte[] file = frenchExport(tag);

    Api.Reply first = importAs("martin", "?fileName=impayes.csv", file, "text/csv");

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    JsonObject report = first.object();
    assertThat(report.getString("charset")).isEqualToIgnoringCase("windows-1252");
    assertThat(report.getInt("dataRows")).isEqualTo(6);
    assertThat(report.getBoolean("committed")).isTrue();
    assertThat(report.getInt("casesCreated")).isEqualTo(2);
    assertThat(report.getInt("casesRejected")).isEqualTo(3);
    List<JsonObject> problems = report.getJsonArray("problems").getValuesAs(JsonObject.class);
    assertThat(problems).extracting(p -> p.getInt("row")).containsExactly(4, 5, 6);
    assertThat(problems).extracting(p -> p.getString("code"))
        .containsExactly("principal.positive", "dueDate.required", "date.future");
    assertThat(problems.get(0).getString("message")).contains("Row 4");

    JsonObject page = api().get("/api/v1/cases?q=" + "R-" + tag + "&sort=reference,asc",
        Tokens.of("martin")).object();
    List<JsonObject> cases = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(cases).extracting(c -> c.getString("debtorName"))
        .containsExactly("Sérénité Café SARL", "Dupré; Fils & Cie");
    assertThat(cases.get(0).getInt("claimCount")).isEqualTo(2);
    assertThat(cases.get(0).getJsonNumber("principal").bigDecimalValue())
        .isEqualByComparingTo("1334.56");
    assertThat(cases.get(1).getJsonNumber("principal").bigDecimalValue())
        .isEqualByComparingTo("2500.00");

    Api.Reply again = importAs("martin", "?fileName=impayes.csv", file, "text/csv");
    assertThat(again.object().getInt("casesCreated")).isZero();
    assertThat(again.object().getInt("casesAlreadyPresent")).isEqualTo(2);
    assertThat(api().get("/api/v1/cases?q=R-" + tag, Tokens.of("martin")).object()
        .getInt("total")).isEqualTo(2);
    assertThat(TestServices.auditEventsOf("CreditorClient", ClientsApiIT.MARTIN))
        .contains("case-import.completed by martin");
  }

  @Test
  void allOrNothingImportsNothingWhenOneRowIsWrong() {
    String tag = UUID.randomUUID().toString().substring(0, 6);

    Api.Reply r = importAs("martin", "?mode=all-or-nothing&fileName=f.csv", frenchExport(tag),
        "text/csv");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.object().getBoolean("committed")).isFalse();
    assertThat(r.object().getInt("casesCreated")).isZero();
    assertThat(r.object().getJsonArray("cases").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("status")).containsOnly("NOT_IMPORTED");
    assertThat(TestServices.queryOne("select count(*) from case_file where external_reference"
        + " like 'R-" + tag + "%'")).isEqualTo("0");
  }

  @Test
  void aJsonFileIsImportedCaseByCase() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String json = """
        {"cases": [
          {"externalReference": "J-%1$s-1",
           "debtor": {"kind": "COMPANY", "name": "Json Ok SAS"},
           "claims": [{"invoiceNumber": "JF-1", "invoiceDate": "2025-01-03",
                       "dueDate": "2025-02-02", "principal": 99.90, "nature": "B2B"}]},
          {"externalReference": "J-%1$s-2",
           "debtor": {"kind": "COMPANY", "name": "Json Bad SAS"},
           "claims": [{"invoiceNumber": "JF-2", "invoiceDate": "2025-01-03",
                       "dueDate": "2025-02-02", "principal": 0, "nature": "B2B"}]}
        ]}
        """.formatted(tag);

    Api.Reply r = importAs("dupont", "", json.getBytes(StandardCharsets.UTF_8),
        "application/json");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.object().getString("format")).isEqualTo("JSON");
    assertThat(r.object().getInt("casesCreated")).isEqualTo(1);
    assertThat(r.object().getJsonArray("problems").getJsonObject(0).getInt("row")).isEqualTo(2);
  }

  @Test
  void aCreditorMapsItsOwnHeadersOnceAndTheyServeTheNextFile() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    byte[] file = String.join("\n",
        "Dossier;Tiers;Num pièce;Date pièce;Date échéance;Solde",
        "M-" + tag + ";Tiers Mappé SARL;P-1;03/01/2025;02/02/2025;42,00").getBytes(
        StandardCharsets.UTF_8);

    Api.Reply before = importAs("dupont", "?fileName=erp.csv", file, "text/csv");
    assertThat(before.object().getJsonArray("problems").getJsonObject(0).getInt("row"))
        .isZero();

    Api.Reply mapped = api().put("/api/v1/import-mappings", Tokens.of("dupont"),
        "{\"Tiers\": \"DEBTOR_NAME\", \"Num pièce\": \"INVOICE_NUMBER\","
            + " \"Date pièce\": \"INVOICE_DATE\", \"Date échéance\": \"DUE_DATE\"}");
    assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);

    Api.Reply after = importAs("dupont", "?fileName=erp.csv", file, "text/csv");
    assertThat(after.object().getInt("casesCreated")).as(after.body()).isEqualTo(1);
    assertThat(api().get("/api/v1/import-mappings", Tokens.of("dupont")).object()
        .getString("Tiers")).isEqualTo("DEBTOR_NAME");
    assertThat(api().get("/api/v1/import-mappings", Tokens.of("martin")).object()
        .containsKey("Tiers")).isFalse();
  }

  @Test
  void anIntegrationAccountImportsAndReadsOnlyItsOwnCreditorsCases() {
    String erp = Tokens.ofIntegration("recova-erp-martin", "erp-martin-dev-secret");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String json = """
        [{"externalReference": "ERP-%s", "debtor": {"kind": "COMPANY", "name": "Erp Débiteur"},
          "claims": [{"invoiceNumber": "E-1", "invoiceDate": "2025-01-03",
                      "dueDate": "2025-02-02", "principal": "10.00", "nature": "B2B"}]}]
        """.formatted(tag);

    Api.Reply imported = api().postBytes("/api/v1/cases/import", erp, "application/json",
        json.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.object().getInt("casesCreated")).isEqualTo(1);

    List<JsonObject> seen = api().get("/api/v1/cases?size=200&q=ERP-" + tag, erp).object()
        .getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(seen).extracting(c -> c.getString("creditorId"))
        .containsExactly(ClientsApiIT.MARTIN);
    String dupontCase = api().get("/api/v1/cases?size=1", Tokens.of("dupont")).object()
        .getJsonArray("items").getJsonObject(0).getString("id");
    assertThat(api().get("/api/v1/cases/" + dupontCase, erp).status()).isEqualTo(404);
    assertThat(api().post("/api/v1/cases/import?creditorId=" + ClientsApiIT.DUPONT, erp,
        json).status()).isEqualTo(404);
  }

  @Test
  void aCreditorCannotImportIntoAnotherCreditor() {
    Api.Reply r = importAs("martin", "?creditorId=" + ClientsApiIT.DUPONT,
        frenchExport("x"), "text/csv");
    assertThat(r.status()).isEqualTo(404);
  }

  @Test
  void aThousandRowFileGoesThroughTheApi() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    StringBuilder csv = new StringBuilder("Référence;Débiteur;N° facture;Date facture;Échéance;"
        + "Montant\n");
    for (int i = 0; i < 1000; i++) {
      csv.append("B-").append(tag).append('-').append(i / 2).append(";Débiteur ").append(i / 2)
          .append(";BF-").append(i).append(";03/01/2025;02/02/2025;").append(100 + i)
          .append(",50\n");
    }
    long start = System.nanoTime();
    Api.Reply r = importAs("collector", "?creditorId=" + ClientsApiIT.DUPONT,
        csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
    System.out.printf("Imported 1,000 rows (500 cases) through the API in %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.object().getInt("casesCreated")).isEqualTo(500);
    assertThat(TestServices.queryOne("select count(*) from claim k join case_file c on"
        + " c.id = k.case_id where c.external_reference like 'B-" + tag + "-%'"))
        .isEqualTo("1000");
    Api.Reply verification = api().get("/api/v1/audit/verification", Tokens.of("admin"));
    assertThat(verification.object().getBoolean("intact")).as(verification.body()).isTrue();
  }
}
