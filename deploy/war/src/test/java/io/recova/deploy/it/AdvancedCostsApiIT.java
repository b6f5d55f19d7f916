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
 * Costs the agency advances, on the real WAR: a commissaire's act under a title joins the
 * debtor's balance and the next payment repays it to the agency first; a lawyer's fee without an
 * article 700 award is deducted from the creditor's remittance and printed on its statement; a
 * cost entered by mistake is reversed; the ledger verifies; a client reads its own cases' costs
 * only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdvancedCostsApiIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String registerCreditor() {
    return new MoneyFixtures(api()).creditor("Frais SAS");
  }

  private String openCase(String creditorId, String amount) {
    return new MoneyFixtures(api()).openCase(creditorId, "CST", amount);
  }

  /** A judgment without any award: a title, so enforcement falls on the debtor (L111-8). */
  private void judgment(String caseId, LocalDate on) {
    String judicial = "/api/v1/cases/" + caseId + "/judicial";
    assertThat(api().post("/api/v1/cases/" + caseId + "/transitions", Tokens.of("collector"),
        "{\"target\": \"FORMAL_NOTICE\", \"noticeDate\": \"" + on.minusMonths(3) + "\"}")
        .status()).isEqualTo(200);
    Api.Reply summons = api().post(judicial + "/proceedings", Tokens.of("collector"),
        "{\"route\": \"SUMMONS\"}");
    assertThat(summons.status()).as(summons.body()).isEqualTo(201);
    String steps = judicial + "/proceedings/" + summons.object().getString("id") + "/steps";
    assertThat(api().post(steps, Tokens.of("collector"), "{\"kind\": \"SUMMONS_SERVED\","
        + " \"date\": \"" + on.minusMonths(2) + "\"}").status()).isEqualTo(201);
    Api.Reply judged = api().post(steps, Tokens.of("collector"), "{\"kind\": \"JUDGMENT\","
        + " \"date\": \"" + on + "\"}");
    assertThat(judged.status()).as(judged.body()).isEqualTo(201);
  }

  private Api.Reply cost(String caseId, String user, String kind, String amount, String vat) {
    return api().post("/api/v1/cases/" + caseId + "/costs", Tokens.of(user),
        "{\"kind\": \"" + kind + "\", \"amountExclVat\": " + amount + ", \"vat\": " + vat
            + ", \"supplier\": \"SCP Huissiers Réunis\", \"incurredOn\": \"" + TODAY
            + "\", \"reference\": \"INV-" + amount + "\"}");
  }

  private JsonObject pay(String caseId, String amount) {
    return new MoneyFixtures(api()).pay(caseId, amount, "BANK_TRANSFER");
  }

  private BigDecimal ledger(String creditorId, String account) {
    return api().get("/api/v1/ledger/balances?creditorId=" + creditorId, Tokens.of("manager"))
        .json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(b -> b.getString("account").equals(account))
        .map(b -> money(b, "balance")).findFirst().orElse(BigDecimal.ZERO);
  }

  private static BigDecimal money(JsonObject o, String field) {
    return o.getJsonObject(field).getJsonNumber("amount").bigDecimalValue();
  }

  private void ledgerVerifies() {
    Api.Reply verification = api().get("/api/v1/ledger/verification", Tokens.of("manager"));
    assertThat(verification.object().getJsonArray("problems")).as(verification.body()).isEmpty();
  }

  @Test
  void aCommissairesActUnderATitleJoinsTheBalanceAndTheNextPaymentRepaysItFirst() {
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "4000.00");
    judgment(caseId, TODAY.minusDays(10));
    BigDecimal dueBefore = money(api().get("/api/v1/cases/" + caseId + "/balance",
        Tokens.of("collector")).object(), "due");

    // 120.00 + 24.00 VAT for an attachment under the judgment: the debtor's (L111-8).
    Api.Reply recorded = cost(caseId, "collector", "COMMISSAIRE_ACT", "120.00", "24.00");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    JsonObject act = recorded.object();
    assertThat(money(act, "total")).isEqualByComparingTo("144.00");
    assertThat(money(act, "debtorShare")).isEqualByComparingTo("144.00");
    assertThat(money(act, "creditorShare")).isEqualByComparingTo("0");
    assertThat(act.getString("reason")).contains("L111-8");
    JsonObject balance = api().get("/api/v1/cases/" + caseId + "/balance",
        Tokens.of("collector")).object();
    assertThat(money(balance, "costs")).isEqualByComparingTo("144.00");
    assertThat(money(balance, "due").subtract(dueBefore)).isEqualByComparingTo("144.00");
    assertThat(ledger(creditor, "AGENCY_ADVANCES")).isEqualByComparingTo("144.00");
    assertThat(ledger(creditor, "DEBTOR_COSTS_RECEIVABLE")).isEqualByComparingTo("144.00");

    // The next payment repays the 144.00 first, back to the agency; the creditor's payable
    // only gets the rest, less the fee on it.
    JsonObject payment = pay(caseId, "500.00");
    BigDecimal charged = money(payment.getJsonObject("fees"), "chargedToCreditor");
    assertThat(TestServices.queryOne("select amount from cost_recovery where payment_id = '"
        + payment.getString("id") + "'")).isEqualTo("144.00");
    assertThat(ledger(creditor, "DEBTOR_COSTS_RECEIVABLE")).isEqualByComparingTo("0");
    assertThat(ledger(creditor, "CREDITOR_PAYABLE"))
        .isEqualByComparingTo(new BigDecimal("356.00").subtract(charged));
    // The fee is not taken on the costs repaid (they are nobody's collection).
    assertThat(money(payment.getJsonObject("fees"), "feeBase"))
        .isEqualByComparingTo("356.00");

    Api.Reply run = api().post("/api/v1/remittances/runs", Tokens.of("manager"),
        "{\"periodEnd\": \"" + TODAY + "\", \"creditorId\": \"" + creditor + "\"}");
    assertThat(run.status()).as(run.body()).isEqualTo(201);
    JsonObject line = run.object().getJsonArray("lines").getJsonObject(0);
    assertThat(money(line, "amount"))
        .isEqualByComparingTo(new BigDecimal("356.00").subtract(charged));
    assertThat(line.getJsonObject("costsDeducted").getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("144.00");
    Api.Reply paid = api().get("/api/v1/remittances/runs/" + run.object().getString("id")
        + "/lines/" + creditor + "/payments", Tokens.of("manager"));
    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(paid.object().getJsonArray("items").getJsonObject(0).getJsonObject("costsRepaid")
        .getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("144.00");
    assertThat(TestServices.auditEventsOf("AdvancedCost", act.getString("id")))
        .containsExactly("cost.recorded by collector");
    ledgerVerifies();
  }

  @Test
  void whenTheCaseClosesWhatTheDebtorNeverRepaidIsReBilledToTheCreditor() {
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "2500.00");
    judgment(caseId, TODAY.minusDays(5));
    assertThat(cost(caseId, "collector", "COMMISSAIRE_ACT", "80.00", "16.00").status())
        .isEqualTo(201);
    // 40.00 repaid before the case goes back to the creditor: 56.00 remain unrepaid.
    JsonObject payment = pay(caseId, "40.00");
    assertThat(TestServices.queryOne("select amount from cost_recovery where payment_id = '"
        + payment.getString("id") + "'")).isEqualTo("40.00");

    Api.Reply returned = api().post("/api/v1/cases/" + caseId + "/transitions",
        Tokens.of("manager"), "{\"target\": \"RETURNED_TO_CLIENT\", \"reason\":"
            + " \"The creditor takes the file back\"}");
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);

    assertThat(ledger(creditor, "DEBTOR_COSTS_RECEIVABLE")).isEqualByComparingTo("0");
    assertThat(ledger(creditor, "COSTS_RECEIVABLE")).isEqualByComparingTo("56.00");
    assertThat(TestServices.queryOne("select amount || ' ' || borne_by from unrecovered_cost"
        + " where case_id = '" + caseId + "'")).isEqualTo("56.00 CREDITOR");
    assertThat(TestServices.auditEventsOf("Case", caseId))
        .contains("cost.unrecovered-charged by manager");
    ledgerVerifies();
  }

  @Test
  void aMandatePuttingUnrecoverableCostsOnTheAgencyChargesThemToItsExpenseNotTheCreditor() {
    String creditor = registerCreditor();
    Api.Reply terms = api().put("/api/v1/clients/" + creditor + "/mandate/fees",
        Tokens.of("manager"), "{\"amicableFeePercent\": 15, \"judicialFeePercent\": 15,"
            + " \"unrecoverableCostsBorneBy\": \"AGENCY\"}");
    assertThat(terms.status()).as(terms.body()).isEqualTo(200);
    assertThat(terms.object().getString("unrecoverableCostsBorneBy")).isEqualTo("AGENCY");
    String caseId = openCase(creditor, "2500.00");
    judgment(caseId, TODAY.minusDays(5));
    assertThat(cost(caseId, "collector", "COMMISSAIRE_ACT", "80.00", "16.00").status())
        .isEqualTo(201);
    pay(caseId, "40.00");

    Api.Reply returned = api().post("/api/v1/cases/" + caseId + "/transitions",
        Tokens.of("manager"), "{\"target\": \"RETURNED_TO_CLIENT\", \"reason\":"
            + " \"The creditor takes the file back\"}");
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);

    // The 56.00 the debtor never repaid is the agency's loss: nothing re-billed to the creditor.
    assertThat(ledger(creditor, "DEBTOR_COSTS_RECEIVABLE")).isEqualByComparingTo("0");
    assertThat(ledger(creditor, "COSTS_RECEIVABLE")).isEqualByComparingTo("0");
    assertThat(ledger(creditor, "AGENCY_COST_EXPENSE")).isEqualByComparingTo("56.00");
    assertThat(TestServices.queryOne("select amount || ' ' || borne_by from unrecovered_cost"
        + " where case_id = '" + caseId + "'")).isEqualTo("56.00 AGENCY");
    ledgerVerifies();
  }

  @Test
  void aLawyersFeeWithoutAnArticle700AwardIsDeductedFromTheCreditorsRemittance() {
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "3000.00");
    JsonObject payment = pay(caseId, "1000.00");
    BigDecimal left = new BigDecimal("1000.00")
        .subtract(money(payment.getJsonObject("fees"), "chargedToCreditor"));

    Api.Reply recorded = cost(caseId, "manager", "LAWYER_FEE", "500.00", "100.00");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(money(recorded.object(), "creditorShare")).isEqualByComparingTo("600.00");
    assertThat(money(recorded.object(), "debtorShare")).isEqualByComparingTo("0");
    assertThat(recorded.object().getString("reason")).contains("article 700");
    assertThat(money(api().get("/api/v1/cases/" + caseId + "/balance", Tokens.of("collector"))
        .object(), "costs")).isEqualByComparingTo("0");
    assertThat(ledger(creditor, "COSTS_RECEIVABLE")).isEqualByComparingTo("600.00");

    Api.Reply run = api().post("/api/v1/remittances/runs", Tokens.of("manager"),
        "{\"periodEnd\": \"" + TODAY + "\", \"creditorId\": \"" + creditor + "\"}");
    assertThat(run.status()).as(run.body()).isEqualTo(201);
    String runId = run.object().getString("id");
    JsonObject line = run.object().getJsonArray("lines").getJsonObject(0);
    assertThat(money(line, "costsNetted")).isEqualByComparingTo("600.00");
    assertThat(money(line, "amount")).isEqualByComparingTo(left.subtract(new BigDecimal("600")));
    assertThat(api().post("/api/v1/remittances/runs/" + runId + "/approve",
        Tokens.of("manager"), "{}").status()).isEqualTo(200);
    assertThat(ledger(creditor, "COSTS_RECEIVABLE")).isEqualByComparingTo("0");

    // The statement lists the cost deducted; the invoices can list it as débours.
    Api.Reply statement = api().get("/api/v1/remittances/runs/" + runId + "/statements/"
        + creditor + ".pdf", Tokens.of("manager"));
    assertThat(statement.status()).as(statement.body()).isEqualTo(200);
    List<JsonObject> rebilled = api().get("/api/v1/costs/rebilled?creditorId=" + creditor
        + "&from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY, Tokens.of("manager")).json()
        .asJsonArray().getValuesAs(JsonObject.class);
    assertThat(rebilled).extracting(c -> c.getString("kind")).containsExactly("LAWYER_FEE");

    // Deducted already: reversing it now is refused, nothing moves.
    Api.Reply reversal = api().post("/api/v1/costs/" + recorded.object().getString("id")
        + "/reversal", Tokens.of("manager"), "{\"reason\": \"wrong case\"}");
    assertThat(reversal.status()).as(reversal.body()).isEqualTo(409);
    assertThat(reversal.object().getString("type")).endsWith("cost.rebilled");
    ledgerVerifies();
  }

  @Test
  void aCostEnteredByMistakeIsReversedByACompensatingEntry() {
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "2000.00");
    Api.Reply courtFeeWithVat = cost(caseId, "collector", "COURT_FEE", "35.22", "7.04");
    assertThat(courtFeeWithVat.status()).as(courtFeeWithVat.body()).isEqualTo(400);
    assertThat(courtFeeWithVat.body()).contains("no VAT");
    assertThat(TestServices.queryOne("select count(*) from advanced_cost where case_id = '"
        + caseId + "'")).isEqualTo("0");

    String id = cost(caseId, "collector", "COURT_FEE", "35.22", "0").object().getString("id");
    Api.Reply reversed = api().post("/api/v1/costs/" + id + "/reversal", Tokens.of("collector"),
        "{\"reason\": \"entered on the wrong case\"}");
    assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
    assertThat(reversed.object().getJsonObject("reversal").getString("reason"))
        .isEqualTo("entered on the wrong case");
    assertThat(api().post("/api/v1/costs/" + id + "/reversal", Tokens.of("collector"),
        "{\"reason\": \"again\"}").status()).isEqualTo(409);
    assertThat(ledger(creditor, "COSTS_RECEIVABLE")).isEqualByComparingTo("0");
    assertThat(ledger(creditor, "AGENCY_ADVANCES")).isEqualByComparingTo("0");
    assertThat(TestServices.queryOne("select count(*) from ledger_transaction where"
        + " source_id = '" + id + "'")).as("the cost and its reversal").isEqualTo("2");
    assertThat(TestServices.auditEventsOf("AdvancedCost", id))
        .containsExactly("cost.recorded by collector", "cost.reversed by collector");
    ledgerVerifies();
  }

  @Test
  void aClientReadsItsOwnCasesCostsOnlyAndRecordsNone() {
    String caseId = openCase(CasesApiIT.MARTIN, "900.00");
    assertThat(cost(caseId, "collector", "OTHER", "12.00", "2.40").status()).isEqualTo(201);

    Api.Reply own = api().get("/api/v1/cases/" + caseId + "/costs", Tokens.of("martin"));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().asJsonArray()).hasSize(1);
    assertThat(api().get("/api/v1/cases/" + caseId + "/costs", Tokens.of("dupont")).status())
        .isEqualTo(404);
    assertThat(cost(caseId, "martin", "OTHER", "12.00", "0").status()).isEqualTo(403);
    assertThat(api().get("/api/v1/costs/rebilled?creditorId=" + CasesApiIT.MARTIN
        + "&from=2020-01-01&to=" + TODAY, Tokens.of("dupont")).status()).isEqualTo(404);
    assertThat(TestServices.auditEventsOf("CreditorClient", CasesApiIT.MARTIN))
        .contains("cost.access-refused by dupont");
    assertThat(TestServices.auditEventsOf("Case", caseId))
        .contains("case.access-refused by dupont");
  }
}
