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
 * Collectors' activities on the real WAR: the contact guard's refusals with their reasons, the
 * timeline, private notes kept from the creditor, and scoping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivitiesApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String open(String user, String creditor) {
    String reference = CasesApiIT.unique("ACT");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of(user),
        CasesApiIT.caseJson(creditor, reference, "Débiteur " + reference, "300.00"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  private Api.Reply log(String caseId, String user, String json) {
    return api().post("/api/v1/cases/" + caseId + "/activities", Tokens.of(user), json);
  }

  @Test
  void oneCallADayThenTheGuardSaysWhy() {
    String id = open("martin", null);

    Api.Reply first = log(id, "collector",
        "{\"kind\": \"CALL\", \"outcome\": \"NO_ANSWER\", \"summary\": \"Standard, no answer\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.object().getString("author")).isEqualTo("collector");

    Api.Reply second = log(id, "manager", "{\"kind\": \"CALL\", \"outcome\": \"REACHED\"}");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.object().getString("detail")).contains("already called 1 time(s) today");
    assertThat(second.body()).contains("contact.callsPerDay");

    assertThat(log(id, "collector", "{\"kind\": \"EMAIL\", \"outcome\": \"SENT\"}").status())
        .isEqualTo(201);
    assertThat(TestServices.queryOne("select count(*) from activity where case_id = '" + id
        + "'")).isEqualTo("2");
    assertThat(TestServices.auditEventsOf("Case", id)).containsExactly(
        "case.opened by martin", "activity.logged by collector", "activity.logged by collector");
  }

  @Test
  void noContactOnADisputedCaseOrThroughARefusedChannelButNotesStillGoIn() {
    String id = open("manager", ClientsApiIT.DUPONT);
    assertThat(api().put("/api/v1/cases/" + id + "/debtor/preferences", Tokens.of("collector"),
        "{\"optedOut\": [\"SMS\"]}").status()).isEqualTo(200);

    Api.Reply sms = log(id, "collector", "{\"kind\": \"SMS\", \"outcome\": \"SENT\"}");
    assertThat(sms.status()).isEqualTo(409);
    assertThat(sms.object().getString("detail")).contains("refused contact by SMS");

    assertThat(api().post("/api/v1/cases/" + id + "/transitions", Tokens.of("collector"),
        "{\"target\": \"DISPUTED\", \"reason\": \"Invoice contested\"}").status()).isEqualTo(200);
    Api.Reply email = log(id, "collector", "{\"kind\": \"EMAIL\", \"outcome\": \"SENT\"}");
    assertThat(email.status()).isEqualTo(409);
    assertThat(email.object().getString("detail")).contains("DISPUTED");
    assertThat(log(id, "collector", "{\"kind\": \"NOTE\", \"outcome\": \"DONE\", \"summary\":"
        + " \"Waiting for the creditor's answer\", \"internal\": true}").status()).isEqualTo(201);
  }

  @Test
  void theCreditorSeesWhatWasDoneButNotThePrivateNotes() {
    String id = open("dupont", null);
    log(id, "collector", "{\"kind\": \"EMAIL\", \"outcome\": \"SENT\", \"summary\": \"Reminder\"}");
    log(id, "collector", "{\"kind\": \"NOTE\", \"outcome\": \"DONE\", \"summary\":"
        + " \"Debtor sounds insolvent\", \"internal\": true}");

    List<JsonObject> forCreditor = api().get("/api/v1/cases/" + id + "/activities",
        Tokens.of("dupont")).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(forCreditor).extracting(a -> a.getString("kind")).containsExactly("EMAIL");
    String timeline = api().get("/api/v1/cases/" + id, Tokens.of("dupont")).body();
    assertThat(timeline).contains("Reminder").doesNotContain("insolvent");
    assertThat(api().get("/api/v1/cases/" + id + "/activities", Tokens.of("collector")).json()
        .asJsonArray()).hasSize(2);
    assertThat(api().get("/api/v1/cases/" + id, Tokens.of("collector")).body())
        .contains("insolvent");
  }

  @Test
  void onlyTheAgencyLogsAndNobodyReachesAnotherCreditorsCase() {
    String dupontCase = open("dupont", null);
    String martinCase = open("martin", null);
    String call = "{\"kind\": \"NOTE\", \"outcome\": \"DONE\", \"summary\": \"x\"}";

    assertThat(log(martinCase, "martin", call).status()).isEqualTo(403);
    assertThat(log(dupontCase, "martin", call).status()).isEqualTo(404);
    assertThat(api().get("/api/v1/cases/" + dupontCase + "/activities", Tokens.of("martin"))
        .status()).isEqualTo(404);
    assertThat(log(martinCase, "collector", "{\"kind\": \"CALL\"}").status()).isEqualTo(400);
  }

  @Test
  void aPromiseToPayIsRecordedPendingAndSeenByTheCreditor() {
    String id = open("dupont", null);
    String due = AgencyDay.today().plusDays(10).toString();

    Api.Reply r = api().post("/api/v1/cases/" + id + "/promises", Tokens.of("collector"),
        "{\"amount\": 150.00, \"dueDate\": \"" + due + "\", \"note\": \"By transfer\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.object().getString("status")).isEqualTo("PENDING");

    List<JsonObject> seen = api().get("/api/v1/cases/" + id + "/promises", Tokens.of("dupont"))
        .json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(seen).singleElement().satisfies(p -> {
      assertThat(p.getJsonObject("amount").getJsonNumber("amount").bigDecimalValue())
          .isEqualByComparingTo("150.00");
      assertThat(p.getString("dueDate")).isEqualTo(due);
    });
    assertThat(api().post("/api/v1/cases/" + id + "/promises", Tokens.of("collector"),
        "{\"amount\": 10, \"dueDate\": \"2020-01-01\"}").status()).isEqualTo(400);
    assertThat(api().get("/api/v1/cases/" + id + "/promises", Tokens.of("martin")).status())
        .isEqualTo(404);
    assertThat(TestServices.auditEventsOf("Case", id)).contains("promise.recorded by collector");

    List<JsonObject> perCollector = api().get("/api/v1/promises/kept-rates?by=collector",
        Tokens.of("manager")).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(perCollector).anySatisfy(rate -> {
      assertThat(rate.getString("key")).isEqualTo("collector");
      assertThat(rate.getJsonNumber("pending").longValue()).isPositive();
    });
    List<JsonObject> forDupont = api().get("/api/v1/promises/kept-rates?by=creditor",
        Tokens.of("dupont")).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(forDupont).singleElement().satisfies(rate -> {
      assertThat(rate.getString("key")).isEqualTo(ClientsApiIT.DUPONT);
      assertThat(rate.getString("label")).startsWith("Dupont");
    });
    assertThat(api().get("/api/v1/promises/kept-rates?by=collector", Tokens.of("dupont"))
        .status()).isEqualTo(403);
  }
}
