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
 * The creditor clients API on the real WAR in Payara Micro, with real Keycloak tokens and the
 * real database: who may do what, tenant scoping, and what bad input gets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientsApiIT {

  static final String MARTIN = "11111111-1111-4111-8111-111111111111";
  static final String DUPONT = "22222222-2222-4222-8222-222222222222";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  static String newClientJson(String name, String iban, String amicableFee) {
    return """
        {"name": %s, "address": "3 quai Saint-Antoine, 69002 Lyon",
         "contactEmail": "compta@example.fr", "amicableFeePercent": %s,
         "judicialFeePercent": 16.5, "remittanceFrequency": "MONTHLY",
         "iban": %s, "bic": "BNPAFRPP", "signedOn": "2026-02-01"}
        """
        .formatted(quote(name), amicableFee, quote(iban));
  }

  static String quote(String s) {
    return s == null ? "null" : "\"" + s.replace("\"", "\\\"") + "\"";
  }

  @Test
  void anUnauthenticatedCallIsRefusedWith401() {
    assertThat(api().get("/api/v1/clients", null).status()).isEqualTo(401);
  }

  @Test
  void aForgedTokenIsRefusedWith401() {
    String forged = Tokens.of("manager").replaceAll(".{8}$", "AAAAAAAA");
    assertThat(api().get("/api/v1/clients", forged).status()).isEqualTo(401);
  }

  @Test
  void aManagerListsTheCreditorClients() {
    Api.Reply reply = api().get("/api/v1/clients?size=200", Tokens.of("manager"));

    assertThat(reply.status()).isEqualTo(200);
    JsonObject page = reply.object();
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("name"))
        .contains("Martin Matériaux SAS", "Dupont Équipements SARL");
  }

  @Test
  void collectorsAndClientsMayNotListOrCreateThroughTheApi() {
    for (String user : new String[] {"collector", "martin", "admin"}) {
      assertThat(api().get("/api/v1/clients", Tokens.of(user)).status())
          .as("list by %s", user)
          .isEqualTo(403);
      assertThat(
              api()
                  .post(
                      "/api/v1/clients",
                      Tokens.of(user),
                      newClientJson("Forbidden " + user, "FR7630006000011234567890189", "10"))
                  .status())
          .as("create by %s", user)
          .isEqualTo(403);
    }
  }

  @Test
  void aManagerRegistersACreditorClientThatCanBeReadBack() {
    String name = "Fromagerie des Alpes " + UUID.randomUUID().toString().substring(0, 8);

    Api.Reply created =
        api()
            .post(
                "/api/v1/clients",
                Tokens.of("manager"),
                newClientJson(name, "fr76 3000 6000 0112 3456 7890 189", "12.5"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject body = created.object();
    String id = body.getString("id");
    assertThat(body.getString("name")).isEqualTo(name);
    JsonObject mandate = body.getJsonObject("mandate");
    assertThat(mandate.getJsonNumber("amicableFeePercent").bigDecimalValue())
        .isEqualByComparingTo("12.50");
    assertThat(mandate.getString("iban")).isEqualTo("FR7630006000011234567890189");
    assertThat(mandate.getString("remittanceFrequency")).isEqualTo("MONTHLY");

    Api.Reply read = api().get("/api/v1/clients/" + id, Tokens.of("manager"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.object().getString("name")).isEqualTo(name);
    assertThat(TestServices.auditEventsOf("CreditorClient", id))
        .containsExactly("creditor-client.registered by manager");
  }

  @Test
  void aClientUserReadsItsOwnCreditorAndItsMandatePdf() {
    Api.Reply own = api().get("/api/v1/clients/" + MARTIN, Tokens.of("martin"));
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.object().getString("name")).isEqualTo("Martin Matériaux SAS");

    Api.Reply pdf = api().get("/api/v1/clients/" + MARTIN + "/mandate.pdf", Tokens.of("martin"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void aClientUserAskingForAnotherCreditorGets404() {
    long refusalsBefore = refusalsOfMartin();
    Api.Reply other = api().get("/api/v1/clients/" + DUPONT, Tokens.of("martin"));
    assertThat(other.status()).isEqualTo(404);
    assertThat(refusalsOfMartin()).isEqualTo(refusalsBefore + 1);
    assertThat(other.contentType()).startsWith("application/problem+json");

    Api.Reply otherPdf =
        api().get("/api/v1/clients/" + DUPONT + "/mandate.pdf", Tokens.of("martin"));
    assertThat(otherPdf.status()).isEqualTo(404);

    // Indistinguishable from a creditor that does not exist at all.
    Api.Reply unknown =
        api().get("/api/v1/clients/" + UUID.randomUUID(), Tokens.of("martin"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.object().getString("title")).isEqualTo(other.object().getString("title"));
  }

  private static long refusalsOfMartin() {
    return TestServices.auditEventsOf("CreditorClient", DUPONT).stream()
        .filter(e -> e.equals("creditor-client.access-refused by martin"))
        .count();
  }

  @Test
  void theAuditChainIsIntactAndTheDatabaseComputesTheSameHashes() {
    api().post("/api/v1/clients", Tokens.of("manager"),
        newClientJson("Chained " + UUID.randomUUID(), "FR7630006000011234567890189", "10"));

    Api.Reply verification = api().get("/api/v1/audit/verification", Tokens.of("admin"));

    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.object().getBoolean("intact")).as(verification.body()).isTrue();
    assertThat(verification.object().getJsonNumber("checked").longValue()).isGreaterThan(0);
    assertThat(api().get("/api/v1/audit/verification", Tokens.of("manager")).status())
        .isEqualTo(403);
    // The SQL function of migration V2 (used to chain older events) agrees with the Java chain.
    assertThat(
            TestServices.queryOne(
                "select count(*) from audit_event where hash <> audit_event_hash(previous_hash,"
                    + " occurred_at, actor, action, entity_type, entity_id, before_state,"
                    + " after_state)"))
        .isEqualTo("0");
  }

  @Test
  void anAuditEventAlteredBehindTheApplicationsBackIsDetected() {
    Api.Reply created =
        api().post("/api/v1/clients", Tokens.of("manager"),
            newClientJson("Tampered " + UUID.randomUUID(), "FR7630006000011234567890189", "10"));
    String id = created.object().getString("id");
    String eventId =
        TestServices.queryOne("select max(id) from audit_event where entity_id = '" + id + "'");
    assertThatAuditRefusesUpdates(eventId);

    // Someone with the rights to switch the guard off rewrites who did it.
    tamper(eventId, "actor = 'nobody'");
    try {
      Api.Reply verification = api().get("/api/v1/audit/verification", Tokens.of("admin"));
      assertThat(verification.object().getBoolean("intact")).isFalse();
      assertThat(verification.object().getJsonNumber("firstBrokenEventId").longValue())
          .isEqualTo(Long.parseLong(eventId));
    } finally {
      tamper(eventId, "actor = 'manager'");
    }
    assertThat(
            api().get("/api/v1/audit/verification", Tokens.of("admin")).object()
                .getBoolean("intact"))
        .isTrue();
  }

  private static void assertThatAuditRefusesUpdates(String eventId) {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                TestServices.execute(
                    "update audit_event set actor = 'nobody' where id = " + eventId))
        .hasStackTraceContaining("append-only");
  }

  private static void tamper(String eventId, String assignment) {
    TestServices.execute(
        "alter table audit_event disable trigger audit_event_append_only",
        "update audit_event set " + assignment + " where id = " + eventId,
        "alter table audit_event enable trigger audit_event_append_only");
  }

  @Test
  void aMalformedIbanIsAClearErrorAndNothingIsStored() {
    assertRejected(newClientJson("Bad IBAN " + UUID.randomUUID(), "FR7630006000011234567890188", "10"),
        400, "iban");
  }

  @Test
  void aFeeOf120PercentIsAClearErrorAndNothingIsStored() {
    assertRejected(newClientJson("Greedy " + UUID.randomUUID(), "FR7630006000011234567890189", "120"),
        400, "amicableFeePercent");
  }

  @Test
  void anEmptyNameIsAClearErrorAndNothingIsStored() {
    assertRejected(newClientJson("  ", "FR7630006000011234567890189", "10"), 400, "name");
  }

  @Test
  void unreadableJsonIsAClearError() {
    assertRejected("{\"name\": \"Broken\", ", 400, null);
    assertRejected(
        newClientJson("Bad frequency", "FR7630006000011234567890189", "10")
            .replace("MONTHLY", "EVERY_FULL_MOON"),
        400,
        null);
  }

  @Test
  void anOversizedBodyIsRefusedWith413() {
    String padding = "x".repeat(2 * 1024 * 1024);
    assertRejected(newClientJson(padding, "FR7630006000011234567890189", "10"), 413, null);
  }

  private void assertRejected(String json, int status, String field) {
    long before = TestServices.count("creditor_client");

    Api.Reply reply = api().post("/api/v1/clients", Tokens.of("manager"), json);

    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.object();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
    if (field != null) {
      assertThat(problem.getJsonArray("invalidFields").getValuesAs(JsonObject.class))
          .extracting(f -> f.getString("field"))
          .contains(field);
    }
    assertThat(TestServices.count("creditor_client")).isEqualTo(before);
  }
}
