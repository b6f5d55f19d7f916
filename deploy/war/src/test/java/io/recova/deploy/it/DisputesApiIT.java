package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Disputes on the real WAR: opening freezes the case, the creditor answers through the API, the
 * resolution resumes or returns the case, and nobody else's dispute is visible.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisputesApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String open(String user) {
    String reference = CasesApiIT.unique("DSP");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of(user),
        CasesApiIT.caseJson(null, reference, "Débiteur " + reference, "640.00"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  private String stage(String caseId) {
    return api().get("/api/v1/cases/" + caseId, Tokens.of("collector")).object()
        .getJsonObject("summary").getString("stage");
  }

  private String moveTo(String caseId, String stage) {
    Api.Reply r = api().post("/api/v1/cases/" + caseId + "/transitions", Tokens.of("collector"),
        "{\"target\": \"" + stage + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return stage;
  }

  private JsonObject dispute(String caseId, String json) {
    Api.Reply r = api().post("/api/v1/cases/" + caseId + "/disputes", Tokens.of("collector"),
        json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object();
  }

  @Test
  void aDisputeFreezesTheCaseTheCreditorAnswersAndTheCaseResumesWhereItStood() {
    String id = open("martin");
    moveTo(id, "AMICABLE");
    JsonObject opened = dispute(id, "{\"reason\": \"NOT_DELIVERED\", \"details\":"
        + " \"The pallets never arrived\"}");
    String disputeId = opened.getString("id");
    assertThat(opened.getString("status")).isEqualTo("OPEN");
    assertThat(stage(id)).isEqualTo("DISPUTED");

    // Frozen: no contact, and no move but through the dispute.
    assertThat(api().post("/api/v1/cases/" + id + "/activities", Tokens.of("collector"),
        "{\"kind\": \"CALL\", \"outcome\": \"REACHED\"}").status()).isEqualTo(409);
    Api.Reply move = api().post("/api/v1/cases/" + id + "/transitions", Tokens.of("manager"),
        "{\"target\": \"AMICABLE\"}");
    assertThat(move.status()).isEqualTo(409);
    assertThat(move.body()).contains("dispute");

    // The creditor is asked: it finds the dispute and answers it.
    List<JsonObject> waiting = api().get("/api/v1/disputes?status=OPEN", Tokens.of("martin"))
        .json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(waiting).extracting(d -> d.getString("id")).contains(disputeId);
    assertThat(api().get("/api/v1/disputes?status=OPEN", Tokens.of("dupont")).body())
        .doesNotContain(disputeId);
    assertThat(api().post("/api/v1/disputes/" + disputeId + "/answer", Tokens.of("dupont"),
        "{\"position\": \"MAINTAINS\"}").status()).isEqualTo(404);
    assertThat(api().post("/api/v1/disputes/" + disputeId + "/answer", Tokens.of("collector"),
        "{\"position\": \"MAINTAINS\"}").status()).isEqualTo(403);
    Api.Reply answered = api().post("/api/v1/disputes/" + disputeId + "/answer",
        Tokens.of("martin"), "{\"position\": \"MAINTAINS\", \"comment\":"
            + " \"Delivery note signed on 3 March attached\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.object().getString("answeredBy")).isEqualTo("martin");
    assertThat(api().post("/api/v1/disputes/" + disputeId + "/answer", Tokens.of("martin"),
        "{\"position\": \"WITHDRAWS\"}").status()).isEqualTo(409);

    Api.Reply resolved = api().post("/api/v1/disputes/" + disputeId + "/resolution",
        Tokens.of("collector"), "{\"outcome\": \"RESUMED\", \"note\": \"Delivery proven\"}");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    assertThat(resolved.object().getString("status")).isEqualTo("RESOLVED");
    assertThat(stage(id)).isEqualTo("AMICABLE");
    assertThat(api().post("/api/v1/disputes/" + disputeId + "/resolution", Tokens.of("manager"),
        "{\"outcome\": \"RESUMED\"}").status()).isEqualTo(409);

    String timeline = api().get("/api/v1/cases/" + id, Tokens.of("martin")).body();
    assertThat(timeline).contains("DISPUTE_OPENED", "DISPUTE_ANSWERED", "DISPUTE_RESOLVED",
        "The pallets never arrived");
    assertThat(TestServices.auditEventsOf("Dispute", disputeId)).containsExactly(
        "dispute.opened by collector", "dispute.answered by martin",
        "dispute.resolved by collector");
  }

  @Test
  void aWithdrawnClaimGoesBackToTheCreditorByAManagersDecision() {
    String id = open("martin");
    String disputeId = dispute(id, "{\"reason\": \"ALREADY_PAID\", \"details\": \"Paid by"
        + " cheque in April\"}").getString("id");
    assertThat(api().post("/api/v1/disputes/" + disputeId + "/answer", Tokens.of("martin"),
        "{\"position\": \"WITHDRAWS\", \"comment\": \"Cheque found\"}").status()).isEqualTo(200);

    Api.Reply byCollector = api().post("/api/v1/disputes/" + disputeId + "/resolution",
        Tokens.of("collector"), "{\"outcome\": \"RETURNED_TO_CLIENT\", \"note\": \"Paid\"}");
    assertThat(byCollector.status()).isEqualTo(409);
    assertThat(stage(id)).isEqualTo("DISPUTED");
    assertThat(TestServices.queryOne("select status from dispute where id = '" + disputeId + "'"))
        .isEqualTo("ANSWERED");

    assertThat(api().post("/api/v1/disputes/" + disputeId + "/resolution", Tokens.of("manager"),
        "{\"outcome\": \"RETURNED_TO_CLIENT\", \"note\": \"Paid\"}").status()).isEqualTo(200);
    assertThat(stage(id)).isEqualTo("RETURNED_TO_CLIENT");
  }

  @Test
  void evidenceMustBeTheCasesOwnAndBadInputSaysWhat() {
    String id = open("martin");
    String other = open("martin");
    Api.Reply upload = api().postBytes("/api/v1/cases/" + other + "/documents?kind=PROOF"
        + "&fileName=proof.pdf", Tokens.of("collector"), "application/pdf",
        "%PDF-1.4\n%%EOF\n".getBytes());
    assertThat(upload.status()).as(upload.body()).isEqualTo(201);
    String foreignDocument = upload.object().getString("id");

    Api.Reply bad = api().post("/api/v1/cases/" + id + "/disputes", Tokens.of("collector"),
        "{\"reason\": \"OTHER\", \"details\": \"x\", \"documentIds\": [\"" + foreignDocument
            + "\"]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("documentIds");
    Api.Reply empty = api().post("/api/v1/cases/" + id + "/disputes", Tokens.of("collector"),
        "{}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("reason", "details");
    assertThat(api().post("/api/v1/cases/" + id + "/disputes", Tokens.of("martin"),
        "{\"reason\": \"OTHER\", \"details\": \"x\"}").status()).isEqualTo(403);
    assertThat(stage(id)).isEqualTo("NEW");
    assertThat(TestServices.queryOne("select count(*) from dispute where case_id = '" + id + "'"))
        .isEqualTo("0");

    dispute(id, "{\"reason\": \"AMOUNT_WRONG\", \"details\": \"Price list of 2024 applies\"}");
    assertThat(api().post("/api/v1/cases/" + id + "/disputes", Tokens.of("collector"),
        "{\"reason\": \"OTHER\", \"details\": \"again\"}").status()).isEqualTo(409);
  }
}
