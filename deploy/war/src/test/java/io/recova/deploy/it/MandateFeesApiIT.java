package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mandate's fee schedule through the API on the real WAR: registered with the mandate, amended
 * by a manager only, validated as problem+json, audited with the schedule before and after; and
 * the VAT rates on fees seeded by migration.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MandateFeesApiIT {

  static final String MARTIN = ClientsApiIT.MARTIN;
  static final String DUPONT = ClientsApiIT.DUPONT;

  private static final String AMENDED =
      """
      {"amicableFeePercent": 15, "judicialFeePercent": 20,
       "tiers": [{"above": 5000, "amicableFeePercent": 10, "judicialFeePercent": 12},
                 {"above": 20000, "amicableFeePercent": 7.5, "judicialFeePercent": 9}],
       "fileFee": 30, "certificateFee": 75.50,
       "lateInterestKeptBy": "AGENCY", "indemnityKeptBy": "CREDITOR",
       "unrecoverableCostsBorneBy": "AGENCY"}
      """;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  /** A fresh creditor with a flat 12.5 % / 16.5 % mandate, so tests never share a schedule. */
  private String newClient() {
    Api.Reply created =
        api().post("/api/v1/clients", Tokens.of("manager"),
            ClientsApiIT.newClientJson("Fees " + UUID.randomUUID(),
                "FR7630006000011234567890189", "12.5"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.object().getString("id");
  }

  private String feesOf(String id) {
    return "/api/v1/clients/" + id + "/mandate/fees";
  }

  @Test
  void aManagerRegistersAMandateWithItsWholeFeeSchedule() {
    String json = ClientsApiIT.newClientJson("Tiered " + UUID.randomUUID(),
            "FR7630006000011234567890189", "15")
        .replace("\"signedOn\"",
            "\"feeTiers\": [{\"above\": 5000, \"amicableFeePercent\": 10,"
                + " \"judicialFeePercent\": 12}], \"fileFee\": 25, \"certificateFee\": 60,"
                + " \"indemnityKeptBy\": \"AGENCY\", \"signedOn\"");

    Api.Reply created = api().post("/api/v1/clients", Tokens.of("manager"), json);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject fees = created.object().getJsonObject("mandate").getJsonObject("fees");
    assertThat(fees.getJsonNumber("amicableFeePercent").bigDecimalValue())
        .isEqualByComparingTo("15");
    assertThat(fees.getJsonArray("tiers")).hasSize(1);
    assertThat(fees.getJsonNumber("fileFee").bigDecimalValue()).isEqualByComparingTo("25");
    assertThat(fees.getString("lateInterestKeptBy")).isEqualTo("CREDITOR");
    assertThat(fees.getString("indemnityKeptBy")).isEqualTo("AGENCY");
    // Left out: the creditor bears the costs the debtor does not repay (L111-8 al. 1).
    assertThat(fees.getString("unrecoverableCostsBorneBy")).isEqualTo("CREDITOR");
  }

  @Test
  void aManagerAmendsTheFeesReadsThemBackAndTheAuditTrailKeepsBeforeAndAfter() {
    String id = newClient();

    Api.Reply changed = api().put(feesOf(id), Tokens.of("manager"), AMENDED);

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    Api.Reply read = api().get(feesOf(id), Tokens.of("manager"));
    assertThat(read.status()).isEqualTo(200);
    JsonObject fees = read.object();
    assertThat(fees.getJsonNumber("amicableFeePercent").bigDecimalValue())
        .isEqualByComparingTo("15");
    assertThat(fees.getJsonArray("tiers").getValuesAs(JsonObject.class))
        .extracting(t -> t.getJsonNumber("above").bigDecimalValue().toPlainString(),
            t -> t.getJsonNumber("amicableFeePercent").bigDecimalValue().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("5000.00", "10.00"),
            org.assertj.core.groups.Tuple.tuple("20000.00", "7.50"));
    assertThat(fees.getJsonNumber("certificateFee").bigDecimalValue())
        .isEqualByComparingTo("75.50");
    assertThat(fees.getString("lateInterestKeptBy")).isEqualTo("AGENCY");
    assertThat(fees.getString("unrecoverableCostsBorneBy")).isEqualTo("AGENCY");
    // the client's read model shows the same terms
    JsonObject mandate =
        api().get("/api/v1/clients/" + id, Tokens.of("manager")).object().getJsonObject("mandate");
    assertThat(mandate.getJsonNumber("amicableFeePercent").bigDecimalValue())
        .isEqualByComparingTo("15");
    assertThat(mandate.getJsonObject("fees").getJsonArray("tiers")).hasSize(2);

    // amended again, keeping a threshold with other rates: the tiers are replaced, not added
    Api.Reply again = api().put(feesOf(id), Tokens.of("manager"),
        """
        {"amicableFeePercent": 15, "judicialFeePercent": 20,
         "tiers": [{"above": 5000, "amicableFeePercent": 11, "judicialFeePercent": 12}]}
        """);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(api().get(feesOf(id), Tokens.of("manager")).object().getJsonArray("tiers")
        .getValuesAs(JsonObject.class))
        .extracting(t -> t.getJsonNumber("amicableFeePercent").bigDecimalValue().toPlainString())
        .containsExactly("11.00");

    assertThat(TestServices.auditEventsOf("CreditorClient", id))
        .containsExactly("creditor-client.registered by manager",
            "creditor-client.fees-changed by manager", "creditor-client.fees-changed by manager");
    String first = "(select min(id) from audit_event where entity_id = '" + id
        + "' and action = 'creditor-client.fees-changed')";
    String before = TestServices.queryOne("select before_state from audit_event where id = " + first);
    String after = TestServices.queryOne("select after_state from audit_event where id = " + first);
    assertThat(before).contains("12.50").doesNotContain("AGENCY");
    assertThat(after).contains("20000.00").contains("AGENCY");
  }

  @Test
  void badFeesAreRefusedAsProblemJsonAndNothingChanges() {
    String id = newClient();

    assertRejected(id, AMENDED.replace("\"amicableFeePercent\": 15", "\"amicableFeePercent\": -5"),
        "amicableFeePercent");
    assertRejected(id, AMENDED.replace("\"judicialFeePercent\": 20", "\"judicialFeePercent\": 150"),
        "judicialFeePercent");
    assertRejected(id, AMENDED.replace("\"above\": 20000", "\"above\": 1000"), "tiers[1].above");
    assertRejected(id, AMENDED.replace("\"fileFee\": 30", "\"fileFee\": -30"), "fileFee");
    assertThat(TestServices.auditEventsOf("CreditorClient", id))
        .containsExactly("creditor-client.registered by manager");
  }

  private void assertRejected(String id, String json, String field) {
    Api.Reply reply = api().put(feesOf(id), Tokens.of("manager"), json);

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.object().getJsonArray("invalidFields").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("field"))
        .contains(field);
    JsonObject unchanged = api().get(feesOf(id), Tokens.of("manager")).object();
    assertThat(unchanged.getJsonNumber("amicableFeePercent").bigDecimalValue())
        .isEqualByComparingTo("12.5");
    assertThat(unchanged.getJsonArray("tiers")).isEmpty();
  }

  @Test
  void onlyAManagerMayAmendTheFees() {
    String id = newClient();

    for (String user : new String[] {"collector", "admin", "martin"}) {
      Api.Reply reply = api().put(feesOf(id), Tokens.of(user), AMENDED);
      assertThat(reply.status()).as("amended by %s", user).isEqualTo(403);
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
    assertThat(api().put(feesOf(UUID.randomUUID().toString()), Tokens.of("manager"), AMENDED)
        .status()).isEqualTo(404);
    assertThat(api().put(feesOf(id), null, AMENDED).status()).isEqualTo(401);
    assertThat(TestServices.auditEventsOf("CreditorClient", id))
        .containsExactly("creditor-client.registered by manager");
  }

  @Test
  void aClientReadsItsOwnFeesButNotAnotherCreditors() {
    assertThat(api().get(feesOf(MARTIN), Tokens.of("martin")).status()).isEqualTo(200);
    assertThat(api().get(feesOf(MARTIN), Tokens.of("collector")).status()).isEqualTo(200);
    Api.Reply other = api().get(feesOf(DUPONT), Tokens.of("martin"));
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theVatRateOnFeesIsSeededAt20Percent() {
    Api.Reply rates = api().get("/api/v1/vat-rates", Tokens.of("manager"));

    assertThat(rates.status()).as(rates.body()).isEqualTo(200);
    assertThat(rates.json().asJsonArray().getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("validFrom"),
            r -> r.getJsonNumber("percent").bigDecimalValue().toPlainString())
        .contains(org.assertj.core.groups.Tuple.tuple("2014-01-01", "20.00"));
    assertThat(api().get("/api/v1/vat-rates", Tokens.of("martin")).status()).isEqualTo(403);
  }

  @Test
  void anAdminRecordsAVatRateChangeAndCorrectsItAudited() {
    // A far-future date of its own, so the test never changes the VAT of any real fee.
    String from = java.time.LocalDate.of(2200, 1, 1)
        .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(30000)).toString();
    String rate = "{\"validFrom\": \"" + from + "\", \"percent\": %s, \"source\": \"Test law\"}";

    assertThat(api().post("/api/v1/vat-rates", Tokens.of("manager"), rate.formatted("21"))
        .status()).isEqualTo(403);
    Api.Reply bad = api().post("/api/v1/vat-rates", Tokens.of("admin"), rate.formatted("120"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    Api.Reply recorded = api().post("/api/v1/vat-rates", Tokens.of("admin"), rate.formatted("21"));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    Api.Reply corrected =
        api().post("/api/v1/vat-rates", Tokens.of("admin"), rate.formatted("21.5"));
    assertThat(corrected.object().getJsonNumber("percent").bigDecimalValue())
        .isEqualByComparingTo("21.5");

    assertThat(TestServices.auditEventsOf("VatRate", from))
        .containsExactly("vat-rate.recorded by admin", "vat-rate.corrected by admin");
  }
}
