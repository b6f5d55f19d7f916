package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
 * Payment plans on the real WAR: the split, the signature that moves the case and interrupts
 * limitation, one active plan at a time, field errors, scoping, and the daily job that finds a
 * breached plan, puts the case back to work and gives the collector one task, however often it
 * runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentPlansApiIT {

  /** The application's clock zone: legal dates are French calendar dates. */
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  /** A case of one 1,500.00 EUR B2B invoice due 15/03/2025 (limitation 15/03/2030). */
  private String open(String user, String creditor) {
    String reference = CasesApiIT.unique("PLAN");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of(user),
        CasesApiIT.caseJson(creditor, reference, "Échéancier " + reference, "1500.00"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  private static String plans(String caseId) {
    return "/api/v1/cases/" + caseId + "/payment-plans";
  }

  private Api.Reply propose(String caseId, String user, String json) {
    return api().post(plans(caseId), Tokens.of(user), json);
  }

  private String proposeThousandInThree(String caseId, LocalDate first) {
    Api.Reply r = propose(caseId, "collector", "{\"total\": 1000.00, \"installmentCount\": 3,"
        + " \"firstDueDate\": \"" + first + "\", \"frequency\": \"MONTHLY\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  private JsonObject caseSummary(String caseId) {
    return api().get("/api/v1/cases/" + caseId, Tokens.of("collector")).object()
        .getJsonObject("summary");
  }

  private static BigDecimal amount(JsonObject o, String key) {
    return o.getJsonObject(key).getJsonNumber("amount").bigDecimalValue();
  }

  @Test
  void aThousandInThreeIsSplitToTheCentAndTheSignaturePutsTheCaseOnThePlan() {
    String caseId = open("martin", null);
    LocalDate first = TODAY.plusDays(10);

    Api.Reply created = propose(caseId, "collector", "{\"total\": 1000.00,"
        + " \"installmentCount\": 3, \"firstDueDate\": \"" + first + "\"}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject plan = created.object();
    String planId = plan.getString("id");
    assertThat(plan.getString("status")).isEqualTo("ACTIVE");
    assertThat(plan.getString("frequency")).isEqualTo("MONTHLY");
    assertThat(plan.getString("standing")).isEqualTo("ON_TRACK");
    assertThat(!plan.containsKey("signedOn") || plan.isNull("signedOn")).isTrue();
    List<JsonObject> installments = plan.getJsonArray("installments")
        .getValuesAs(JsonObject.class);
    assertThat(installments).extracting(i -> amount(i, "amount")).containsExactly(
        new BigDecimal("333.33"), new BigDecimal("333.33"), new BigDecimal("333.34"));
    assertThat(installments).extracting(i -> i.getString("dueDate")).containsExactly(
        first.toString(), first.plusMonths(1).toString(), first.plusMonths(2).toString());
    assertThat(installments).extracting(i -> i.getString("status")).containsOnly("UPCOMING");

    // The creditor is told of the proposal (R124-5) and reads the plan back.
    List<JsonObject> seen = api().get(plans(caseId), Tokens.of("martin")).json().asJsonArray()
        .getValuesAs(JsonObject.class);
    assertThat(seen).extracting(p -> p.getString("id")).containsExactly(planId);
    assertThat(api().get(plans(caseId) + "/" + planId, Tokens.of("martin")).object()
        .getJsonArray("installments")).hasSize(3);
    assertThat(caseSummary(caseId).getString("limitationDate")).isEqualTo("2030-03-15");

    Api.Reply signed = api().post(plans(caseId) + "/" + planId + "/sign", Tokens.of("collector"),
        "{}");

    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(signed.object().getString("signedOn")).isEqualTo(TODAY.toString());
    JsonObject summary = caseSummary(caseId);
    assertThat(summary.getString("stage")).isEqualTo("PAYMENT_PLAN");
    // The signature acknowledges the debt: five years again from today (C. civ. 2240, L110-4).
    assertThat(summary.getString("limitationDate")).isEqualTo(TODAY.plusYears(5).toString());
    List<JsonObject> timeline = api().get("/api/v1/cases/" + caseId, Tokens.of("martin"))
        .object().getJsonArray("timeline").getValuesAs(JsonObject.class);
    assertThat(timeline).filteredOn(e -> e.getString("kind").equals("PAYMENT_PLAN_SIGNED"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("legalDate")).isEqualTo(TODAY.toString()));
    assertThat(timeline).filteredOn(e -> e.getString("kind").equals("STAGE_CHANGED"))
        .extracting(e -> e.getString("toStage")).containsExactly("AMICABLE", "PAYMENT_PLAN");

    assertThat(api().post(plans(caseId) + "/" + planId + "/sign", Tokens.of("collector"), "{}")
        .status()).isEqualTo(409);
    assertThat(TestServices.auditEventsOf("PaymentPlan", planId)).containsExactly(
        "payment-plan.proposed by collector", "payment-plan.signed by collector");
    assertThat(TestServices.auditEventsOf("Case", caseId)).contains(
        "case.event-recorded by collector", "case.stage-changed by collector");
  }

  @Test
  void aSecondActivePlanIsRefusedUntilTheFirstIsCancelled() {
    String caseId = open("manager", ClientsApiIT.DUPONT);
    String first = proposeThousandInThree(caseId, TODAY.plusDays(3));

    Api.Reply second = propose(caseId, "collector",
        "{\"total\": 500.00, \"installmentCount\": 2, \"firstDueDate\": \"" + TODAY + "\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    assertThat(second.contentType()).startsWith("application/problem+json");
    assertThat(second.object().getString("detail")).contains("already has an active");

    Api.Reply cancelled = api().post(plans(caseId) + "/" + first + "/cancel",
        Tokens.of("manager"), "{\"reason\": \"Debtor asked for weekly installments\"}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.object().getString("status")).isEqualTo("CANCELLED");
    assertThat(api().post(plans(caseId) + "/" + first + "/cancel", Tokens.of("manager"), "{}")
        .status()).isEqualTo(409);

    Api.Reply weekly = propose(caseId, "collector", "{\"total\": 500.00,"
        + " \"installmentCount\": 4, \"firstDueDate\": \"" + TODAY + "\", \"frequency\": \"WEEKLY\"}");
    assertThat(weekly.status()).as(weekly.body()).isEqualTo(201);
    assertThat(weekly.object().getJsonArray("installments").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("dueDate"))
        .containsExactly(TODAY.toString(), TODAY.plusWeeks(1).toString(),
            TODAY.plusWeeks(2).toString(), TODAY.plusWeeks(3).toString());
    assertThat(api().get(plans(caseId), Tokens.of("dupont")).json().asJsonArray()).hasSize(2);
    assertThat(TestServices.queryOne("select count(*) from payment_plan where case_id = '"
        + caseId + "' and status = 'ACTIVE'")).isEqualTo("1");
    assertThat(TestServices.auditEventsOf("PaymentPlan", first)).containsExactly(
        "payment-plan.proposed by collector", "payment-plan.cancelled by manager");
  }

  @Test
  void badInputIsA400WithTheFieldsAtFaultAndTheTotalDefaultsToTheBalanceDue() {
    String caseId = open("martin", null);

    Api.Reply bad = propose(caseId, "collector",
        "{\"total\": -5, \"installmentCount\": 1, \"firstDueDate\": \"2020-01-01\"}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.object().getJsonArray("invalidFields").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("field"))
        .containsExactlyInAnyOrder("total", "installmentCount", "firstDueDate");
    Api.Reply tooMuch = propose(caseId, "collector", "{\"total\": 99999.00,"
        + " \"installmentCount\": 3, \"firstDueDate\": \"" + TODAY + "\"}");
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("plan.totalAboveDue");
    assertThat(propose(caseId, "collector", "{\"installmentCount\": 61, \"firstDueDate\": \""
        + TODAY + "\"}").status()).isEqualTo(400);
    assertThat(TestServices.queryOne("select count(*) from payment_plan where case_id = '"
        + caseId + "'")).isEqualTo("0");

    BigDecimal due = amount(api().get("/api/v1/cases/" + caseId + "/balance",
        Tokens.of("collector")).object(), "due");
    Api.Reply whole = propose(caseId, "collector",
        "{\"installmentCount\": 12, \"firstDueDate\": \"" + TODAY.plusDays(5) + "\"}");
    assertThat(whole.status()).as(whole.body()).isEqualTo(201);
    assertThat(amount(whole.object(), "total")).isEqualByComparingTo(due);
    assertThat(whole.object().getJsonArray("installments")).hasSize(12);
  }

  @Test
  void aCreditorSeesOnlyItsOwnCasesPlansAndOnlyTheAgencyChangesThem() {
    String dupontCase = open("dupont", null);
    String martinCase = open("martin", null);
    String planId = proposeThousandInThree(dupontCase, TODAY.plusDays(7));

    assertThat(api().get(plans(dupontCase), Tokens.of("dupont")).status()).isEqualTo(200);
    assertThat(api().get(plans(dupontCase), Tokens.of("martin")).status()).isEqualTo(404);
    assertThat(api().get(plans(dupontCase) + "/" + planId, Tokens.of("martin")).status())
        .isEqualTo(404);
    // A plan asked for under another case is not found either, even by the agency.
    assertThat(api().get(plans(martinCase) + "/" + planId, Tokens.of("collector")).status())
        .isEqualTo(404);
    assertThat(api().post(plans(dupontCase) + "/" + planId + "/sign", Tokens.of("martin"), "{}")
        .status()).isEqualTo(404);
    assertThat(api().post(plans(dupontCase) + "/" + planId + "/sign", Tokens.of("dupont"), "{}")
        .status()).isEqualTo(403);
    assertThat(propose(martinCase, "martin", "{\"installmentCount\": 2, \"firstDueDate\": \""
        + TODAY + "\"}").status()).isEqualTo(403);
    assertThat(TestServices.auditEventsOf("Case", dupontCase))
        .contains("case.access-refused by martin");
  }

  @Test
  void aPlanLongPastDueIsBreachedOnceAndTheCaseGoesBackToWork() {
    String caseId = open("martin", null);
    LocalDate first = TODAY.minusDays(40);
    String planId = proposeThousandInThree(caseId, first);
    assertThat(api().post(plans(caseId) + "/" + planId + "/sign", Tokens.of("collector"), "{}")
        .status()).isEqualTo(200);
    assertThat(caseSummary(caseId).getString("stage")).isEqualTo("PAYMENT_PLAN");

    Api.Reply run = api().post("/api/v1/jobs/daily-tasks", Tokens.of("manager"), "");
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.object().getJsonObject("plans").getBoolean("ran")).isTrue();
    assertThat(run.object().getJsonObject("plans").getInt("plansBreached"))
        .isGreaterThanOrEqualTo(1);
    Api.Reply again = api().post("/api/v1/jobs/daily-tasks", Tokens.of("manager"), "");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.object().getJsonObject("plans").getInt("plansBreached")).isZero();

    JsonObject plan = api().get(plans(caseId) + "/" + planId, Tokens.of("martin")).object();
    assertThat(plan.getString("status")).isEqualTo("BREACHED");
    assertThat(plan.getInt("breachedInstallment")).isEqualTo(1);
    // Five days of grace: the plan is in breach from the sixth day after the due date.
    assertThat(plan.getString("breachedOn")).isEqualTo(first.plusDays(6).toString());
    assertThat(plan.getString("standing")).isEqualTo("BREACHED");
    assertThat(plan.getJsonArray("installments").getJsonObject(0).getString("status"))
        .isEqualTo("MISSED");
    assertThat(caseSummary(caseId).getString("stage")).isEqualTo("AMICABLE");
    List<JsonObject> timeline = api().get("/api/v1/cases/" + caseId, Tokens.of("martin"))
        .object().getJsonArray("timeline").getValuesAs(JsonObject.class);
    assertThat(timeline).filteredOn(e -> e.getString("kind").equals("PAYMENT_PLAN_BREACHED"))
        .hasSize(1);

    assertThat(TestServices.queryOne("select count(*) from task where case_id = '" + caseId
        + "'")).isEqualTo("1");
    assertThat(TestServices.queryOne("select channel || ' ' || template || ' ' || due_on"
        + " from task where payment_plan_id = '" + planId + "'"))
        .isEqualTo("CALL PLAN_BREACHED " + TODAY);
    assertThat(TestServices.auditEventsOf("PaymentPlan", planId)).containsExactly(
        "payment-plan.proposed by collector", "payment-plan.signed by collector",
        "payment-plan.breached by manager");
    assertThat(TestServices.auditEventsOf("Case", caseId)).endsWith(
        "case.stage-changed by manager");
  }
}
