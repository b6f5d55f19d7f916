package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A claim's VAT rate through intake, on the real WAR: given on a claim, kept and shown; above the
 * standard rate in force on the invoice date (reference data), refused with a clear problem, by
 * the API and by a CSV import, where it is reported on its row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimVatRateApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private static String caseJson(String reference, String vat) {
    return CasesApiIT.caseJson(null, reference, "TVA " + reference, "1200.00")
        .replace("\"nature\": \"B2B\"", "\"nature\": \"B2B\", \"vatPercent\": " + vat);
  }

  @Test
  void aReducedRateIsKeptAndOneAboveTheStandardRateIsRefused() {
    String reference = CasesApiIT.unique("TVA");
    Api.Reply created = api().post("/api/v1/cases", Tokens.of("martin"),
        caseJson(reference, "5.5"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.object().getJsonObject("summary").getString("id");
    JsonObject claim = api().get("/api/v1/cases/" + id, Tokens.of("martin")).object()
        .getJsonArray("claims").getJsonObject(0);
    assertThat(claim.getJsonNumber("vatPercent").bigDecimalValue()).isEqualByComparingTo("5.50");
    assertThat(TestServices.queryOne("select vat_percent from claim where case_id = '" + id
        + "'")).isEqualTo("5.50");

    Api.Reply refused = api().post("/api/v1/cases", Tokens.of("martin"),
        caseJson(CasesApiIT.unique("TVA"), "21"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("vatRate.aboveStandard", "claims[0].vatPercent",
        "standard rate");
  }

  @Test
  void aCsvImportReportsAVatRateAboveTheStandardRateOnItsRow() {
    String ok = CasesApiIT.unique("CSV");
    String bad = CasesApiIT.unique("CSV");
    String csv = "Référence;Débiteur;SIREN;N° facture;Date facture;Échéance;Montant TTC;Taux TVA\r\n"
        + ok + ";Garage des Alpes SAS;383474814;" + ok + "-1;15/01/2025;15/02/2025;1200,00;10\r\n"
        + bad + ";Garage des Alpes SAS;383474814;" + bad + "-1;15/01/2025;15/02/2025;99,00;"
        + "25\r\n";
    Api.Reply imported = api().postBytes("/api/v1/cases/import?fileName=tva.csv", Tokens.of("martin"),
        "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonObject report = imported.object();
    assertThat(report.getInt("casesCreated")).as(imported.body()).isEqualTo(1);
    JsonObject problem = report.getJsonArray("problems").getJsonObject(0);
    assertThat(problem.getInt("row")).isEqualTo(3);
    assertThat(problem.getString("code")).isEqualTo("vatRate.aboveStandard");
    assertThat(TestServices.queryOne("select count(*) from case_file where external_reference"
        + " = '" + bad + "'")).isEqualTo("0");
  }
}
