package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The judicial track on the real WAR: the route suggested with its preconditions, a proceeding
 * refused without a formal notice, an order for payment from filing to enforceability with its
 * deadlines in the queue and its legal effects on the case, then a bank attachment under that
 * title; scoping and audit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JudicialApiIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String open(String amount) {
    String reference = CasesApiIT.unique("JUD");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Tribunal " + reference, amount));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  private static String judicial(String caseId) {
    return "/api/v1/cases/" + caseId + "/judicial";
  }

  private Api.Reply step(String caseId, String proceedingId, String kind, LocalDate date) {
    return api().post(judicial(caseId) + "/proceedings/" + proceedingId + "/steps",
        Tokens.of("collector"), "{\"kind\": \"" + kind + "\", \"date\": \"" + date + "\"}");
  }

  private String stage(String caseId) {
    return api().get("/api/v1/cases/" + caseId, Tokens.of("collector")).object()
        .getJsonObject("summary").getString("stage");
  }

  @Test
  void anOrderForPaymentRunsFromFilingToEnforceabilityThenTheBankAccountIsAttached() {
    // 8,000.00 EUR between businesses, uncontested: an order for payment at the commercial court.
    String id = open("8000.00");
    JsonObject suggestion = api().get(judicial(id), Tokens.of("collector")).object()
        .getJsonObject("suggestion");
    assertThat(suggestion.getString("route")).isEqualTo("PAYMENT_ORDER");
    assertThat(suggestion.getString("forum")).isEqualTo("COMMERCIAL_COURT");
    assertThat(suggestion.getString("reason")).contains("CPC 1405");
    List<JsonObject> needs = suggestion.getJsonArray("preconditions")
        .getValuesAs(JsonObject.class);
    assertThat(needs).extracting(n -> n.getString("code") + " " + n.getBoolean("met"))
        .containsExactly("formalNotice false");

    String order = "{\"route\": \"PAYMENT_ORDER\", \"courtName\": \"Tribunal de commerce de"
        + " Grenoble\"}";
    Api.Reply refused = api().post(judicial(id) + "/proceedings", Tokens.of("collector"), order);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.object().getString("type")).endsWith("judicial.precondition");
    assertThat(refused.object().getString("detail")).contains("formal notice");
    assertThat(stage(id)).isEqualTo("NEW");

    LocalDate notice = TODAY.minusMonths(5);
    Api.Reply noticed = api().post("/api/v1/cases/" + id + "/transitions",
        Tokens.of("collector"), "{\"target\": \"FORMAL_NOTICE\", \"noticeDate\": \"" + notice
            + "\"}");
    assertThat(noticed.status()).as(noticed.body()).isEqualTo(200);

    Api.Reply opened = api().post(judicial(id) + "/proceedings", Tokens.of("collector"), order);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String pid = opened.object().getString("id");
    assertThat(opened.object().getString("forum")).isEqualTo("COMMERCIAL_COURT");
    assertThat(stage(id)).isEqualTo("JUDICIAL");

    // A step the route does not have, a step out of order, a date to come: refused.
    assertThat(step(id, pid, "BANK_ATTACHMENT", TODAY.minusDays(1)).status()).isEqualTo(400);
    assertThat(step(id, pid, "PAYMENT_ORDER_SERVED", TODAY.minusDays(1)).status())
        .isEqualTo(409);
    assertThat(step(id, pid, "PAYMENT_ORDER_FILED", TODAY.plusDays(1)).status()).isEqualTo(400);

    LocalDate filed = TODAY.minusMonths(4);
    LocalDate issued = TODAY.minusMonths(3);
    LocalDate served = TODAY.minusMonths(2);
    assertThat(step(id, pid, "PAYMENT_ORDER_FILED", filed).status()).isEqualTo(201);
    // The claim in court interrupted limitation: five years from it for a commercial claim.
    assertThat(api().get("/api/v1/cases/" + id, Tokens.of("collector")).object()
        .getJsonObject("summary").getString("limitationDate"))
        .isEqualTo(filed.plusYears(5).toString());
    Api.Reply afterIssue = step(id, pid, "PAYMENT_ORDER_ISSUED", issued);
    assertThat(afterIssue.status()).as(afterIssue.body()).isEqualTo(201);
    JsonObject serve = afterIssue.object().getJsonArray("deadlines").getJsonObject(0);
    assertThat(serve.getString("kind")).isEqualTo("SERVE_PAYMENT_ORDER");
    assertThat(serve.getString("source")).isEqualTo("CPC 1411");
    assertThat(LocalDate.parse(serve.getString("lastDay")))
        .isBetween(issued.plusMonths(6), issued.plusMonths(6).plusDays(3));
    assertThat(TestServices.queryOne("select count(*) from task where case_id = '" + id
        + "' and deadline_kind = 'SERVE_PAYMENT_ORDER' and status = 'OPEN'")).isEqualTo("1");

    Api.Reply afterService = step(id, pid, "PAYMENT_ORDER_SERVED", served);
    assertThat(afterService.object().getJsonArray("deadlines").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("kind")).containsExactly("OPPOSITION_PERIOD");
    // Serving the order did what its deadline asked: that task is done, the opposition's waits.
    assertThat(TestServices.queryOne("select status from task where case_id = '" + id
        + "' and deadline_kind = 'SERVE_PAYMENT_ORDER'")).isEqualTo("DONE");
    assertThat(TestServices.queryOne("select count(*) from task where case_id = '" + id
        + "' and deadline_kind = 'OPPOSITION_PERIOD' and status = 'OPEN'")).isEqualTo("1");
    // Its month is over: the collector finds it in today's queue, although the case is in court.
    assertThat(api().get("/api/v1/work-queue", Tokens.of("manager")).json().asJsonArray()
        .getValuesAs(JsonObject.class)).anyMatch(q -> q.getString("caseId").equals(id)
            && q.getString("template").equals("DEADLINE_OPPOSITION_PERIOD"));

    // Not before the opposition month is over.
    Api.Reply early = step(id, pid, "PAYMENT_ORDER_ENFORCEABLE", served.plusDays(20));
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.object().getString("type")).endsWith("judicial.oppositionRunning");

    Api.Reply enforceable = step(id, pid, "PAYMENT_ORDER_ENFORCEABLE", TODAY);
    assertThat(enforceable.status()).as(enforceable.body()).isEqualTo(201);
    assertThat(enforceable.object().getJsonArray("deadlines")).isEmpty();
    assertThat(TestServices.queryOne("select status from task where case_id = '" + id
        + "' and deadline_kind = 'OPPOSITION_PERIOD'")).isEqualTo("DONE");
    JsonObject dossier = api().get("/api/v1/cases/" + id, Tokens.of("collector")).object();
    assertThat(dossier.getString("judgmentDate")).isEqualTo(issued.toString());
    // A title now: ten years to enforce it, from its service (L111-4).
    assertThat(dossier.getJsonObject("summary").getString("limitationDate"))
        .isEqualTo(served.plusYears(10).toString());

    // With the title, the suggestion is to attach; the attachment moves the case to enforcement.
    assertThat(api().get(judicial(id), Tokens.of("collector")).object()
        .getJsonObject("suggestion").getString("route")).isEqualTo("BANK_ATTACHMENT");
    Api.Reply attach = api().post(judicial(id) + "/proceedings", Tokens.of("collector"),
        "{\"route\": \"BANK_ATTACHMENT\", \"commissaire\": \"SCP Huissiers Réunis\"}");
    assertThat(attach.status()).as(attach.body()).isEqualTo(201);
    assertThat(stage(id)).isEqualTo("ENFORCEMENT");
    String aid = attach.object().getString("id");
    assertThat(step(id, aid, "BANK_ATTACHMENT", TODAY).status()).isEqualTo(201);
    assertThat(TestServices.queryOne("select count(*) from task where case_id = '" + id
        + "' and deadline_kind = 'NOTIFY_ATTACHMENT' and status = 'OPEN' and due_on <= '"
        + TODAY.plusDays(8) + "'")).isEqualTo("1");
    // The creditor follows it all; every step is on the timeline and in the audit trail.
    JsonObject seen = api().get(judicial(id), Tokens.of("martin")).object();
    assertThat(seen.getJsonArray("proceedings")).hasSize(2);
    assertThat(seen.getJsonArray("proceedings").getJsonObject(0).getJsonArray("steps"))
        .hasSize(4);
    assertThat(TestServices.auditEventsOf("JudicialProceeding", pid)).containsExactly(
        "judicial-proceeding.opened by collector", "judicial-step.recorded by collector",
        "judicial-step.recorded by collector", "judicial-step.recorded by collector",
        "judicial-step.recorded by collector");
  }

  @Test
  void aContestedSmallClaimNeedsAPriorAmicableAttemptBeforeTheJudicialCourt() {
    String id = open("3000.00");
    api().post("/api/v1/cases/" + id + "/transitions", Tokens.of("collector"),
        "{\"target\": \"FORMAL_NOTICE\"}");
    // Between businesses the summons goes to the commercial court, without CPC 750-1; before
    // the judicial court it needs the attempt.
    Api.Reply refused = api().post(judicial(id) + "/proceedings", Tokens.of("collector"),
        "{\"route\": \"SUMMONS\", \"forum\": \"JUDICIAL_COURT\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.object().getString("detail")).contains("CPC 750-1");
    Api.Reply small = api().post(judicial(id) + "/proceedings", Tokens.of("collector"),
        "{\"route\": \"SMALL_CLAIMS\"}");
    assertThat(small.status()).as(small.body()).isEqualTo(201);
    String sid = small.object().getString("id");
    assertThat(step(id, sid, "SMALL_CLAIMS_PROPOSED", TODAY.minusDays(40)).status())
        .isEqualTo(201);
    assertThat(step(id, sid, "SMALL_CLAIMS_REFUSED", TODAY).status()).isEqualTo(201);
    JsonObject suggestion = api().get(judicial(id), Tokens.of("collector")).object()
        .getJsonObject("suggestion");
    assertThat(suggestion.getString("route")).isEqualTo("PAYMENT_ORDER");
    assertThat(suggestion.getString("reasonCode")).isEqualTo("smallClaims.failed");
    Api.Reply summons = api().post(judicial(id) + "/proceedings", Tokens.of("collector"),
        "{\"route\": \"SUMMONS\", \"forum\": \"JUDICIAL_COURT\"}");
    assertThat(summons.status()).as("a failed small-claims procedure counts (CPC 750-1)")
        .isEqualTo(201);
  }

  @Test
  void aJudgmentsCostsAndArticle700AreOwedByTheDebtorFromItsDate() {
    String id = open("4000.00");
    api().post("/api/v1/cases/" + id + "/transitions", Tokens.of("collector"),
        "{\"target\": \"FORMAL_NOTICE\", \"noticeDate\": \"" + TODAY.minusMonths(4) + "\"}");
    Api.Reply summons = api().post(judicial(id) + "/proceedings", Tokens.of("collector"),
        "{\"route\": \"SUMMONS\"}");
    assertThat(summons.status()).as(summons.body()).isEqualTo(201);
    String pid = summons.object().getString("id");
    assertThat(step(id, pid, "SUMMONS_SERVED", TODAY.minusMonths(3)).status()).isEqualTo(201);
    LocalDate judged = TODAY.minusDays(10);
    String path = judicial(id) + "/proceedings/" + pid + "/steps";

    Api.Reply onService = api().post(path, Tokens.of("collector"), "{\"kind\": \"SUMMONS_SERVED\","
        + " \"date\": \"" + judged + "\", \"award\": {\"costs\": 10}}");
    assertThat(onService.status()).as("only a judgment awards amounts").isEqualTo(400);
    Api.Reply negative = api().post(path, Tokens.of("collector"), "{\"kind\": \"JUDGMENT\","
        + " \"date\": \"" + judged + "\", \"award\": {\"article700\": -1}}");
    assertThat(negative.status()).isEqualTo(400);

    Api.Reply judgment = api().post(path, Tokens.of("collector"), "{\"kind\": \"JUDGMENT\","
        + " \"date\": \"" + judged + "\", \"award\": {\"principal\": 4000.00,"
        + " \"interest\": 312.40, \"costs\": 120.50, \"article700\": 1500}}");
    assertThat(judgment.status()).as(judgment.body()).isEqualTo(201);
    JsonObject award = judgment.object().getJsonArray("steps").getJsonObject(1)
        .getJsonObject("award");
    assertThat(award.getJsonObject("article700").getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("1500.00");

    JsonObject before = api().get("/api/v1/cases/" + id + "/balance?asOf=" + judged.minusDays(1),
        Tokens.of("martin")).object();
    JsonObject after = api().get("/api/v1/cases/" + id + "/balance?asOf=" + judged,
        Tokens.of("martin")).object();
    assertThat(before.getJsonObject("costs").getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("0");
    // Dépens 120.50 + article 700 1,500.00, owed from the judgment's date.
    assertThat(after.getJsonObject("costs").getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("1620.50");
    assertThat(after.getJsonObject("due").getJsonNumber("amount").bigDecimalValue()
        .subtract(before.getJsonObject("due").getJsonNumber("amount").bigDecimalValue()))
        .as("the costs, plus one day's interest at most").isBetween(
            new java.math.BigDecimal("1620.50"), new java.math.BigDecimal("1625.00"));
  }

  @Test
  void aHearingComesToTheQueueAWeekAheadAndAnAdjournmentReplacesIt() {
    String id = open("4500.00");
    api().post("/api/v1/cases/" + id + "/transitions", Tokens.of("collector"),
        "{\"target\": \"FORMAL_NOTICE\", \"noticeDate\": \"" + TODAY.minusMonths(4) + "\"}");
    Api.Reply summons = api().post(judicial(id) + "/proceedings", Tokens.of("collector"),
        "{\"route\": \"SUMMONS\"}");
    assertThat(summons.status()).as(summons.body()).isEqualTo(201);
    String pid = summons.object().getString("id");
    assertThat(step(id, pid, "SUMMONS_SERVED", TODAY.minusMonths(1)).status()).isEqualTo(201);
    String hearingTasks = "select status || ' ' || due_on from task where case_id = '" + id
        + "' and deadline_kind = 'ATTEND_HEARING' order by due_on";

    Api.Reply set = step(id, pid, "HEARING", TODAY.plusDays(20));
    assertThat(set.status()).as(set.body()).isEqualTo(201);
    assertThat(set.object().getJsonArray("deadlines").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("kind") + " " + d.getString("lastDay"))
        .containsExactly("ATTEND_HEARING " + TODAY.plusDays(20));
    assertThat(TestServices.queryAll(hearingTasks))
        .containsExactly("OPEN " + TODAY.plusDays(13));

    // Adjourned: the new date replaces the first one, in the calendar and in the queue.
    Api.Reply adjourned = step(id, pid, "HEARING", TODAY.plusDays(50));
    assertThat(adjourned.status()).as(adjourned.body()).isEqualTo(201);
    assertThat(adjourned.object().getJsonArray("deadlines").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("kind") + " " + d.getString("lastDay"))
        .containsExactly("ATTEND_HEARING " + TODAY.plusDays(50));
    assertThat(TestServices.queryAll(hearingTasks))
        .containsExactly("DONE " + TODAY.plusDays(13), "OPEN " + TODAY.plusDays(43));
  }

  @Test
  void aCreditorReadsButDoesNotActAndAnotherCreditorSeesNothing() {
    String id = open("1200.00");
    assertThat(api().get(judicial(id), Tokens.of("martin")).status()).isEqualTo(200);
    assertThat(api().get(judicial(id), Tokens.of("dupont")).status()).isEqualTo(404);
    assertThat(api().post(judicial(id) + "/proceedings", Tokens.of("martin"),
        "{\"route\": \"PAYMENT_ORDER\"}").status()).isEqualTo(403);
    assertThat(api().post(judicial(id) + "/proceedings", Tokens.of("collector"), "{}").status())
        .isEqualTo(400);
  }
}
