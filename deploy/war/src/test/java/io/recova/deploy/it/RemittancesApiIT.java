package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Remittance runs on the real WAR: a run pays the cleared funds less fees and holds back an
 * uncleared cheque, approval writes it to the ledger, running again pays nothing twice, the SEPA
 * file validates against the ISO 20022 schema, a payment the bank returns after its remittance is
 * recovered from the creditor's next one, and a client reads its own remittances only.
 * Each test registers its own creditor, so other tests' payments never reach its runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemittancesApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String registerCreditor() {
    return new MoneyFixtures(api()).creditor("Remise SAS");
  }

  private String openCase(String creditorId, String amount) {
    return new MoneyFixtures(api()).openCase(creditorId, "REM", amount);
  }

  private JsonObject pay(String caseId, String amount, String method) {
    return new MoneyFixtures(api()).pay(caseId, amount, method);
  }

  private Api.Reply run(String creditorId, LocalDate periodEnd) {
    return api().post("/api/v1/remittances/runs", Tokens.of("manager"),
        "{\"periodEnd\": \"" + periodEnd + "\""
            + (creditorId == null ? "" : ", \"creditorId\": \"" + creditorId + "\"") + "}");
  }

  private static BigDecimal money(JsonObject o, String field) {
    return o.getJsonObject(field).getJsonNumber("amount").bigDecimalValue();
  }

  private JsonObject pay(String caseId, String amount, LocalDate valueDate) {
    Api.Reply r = api().post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
        "{\"amount\": " + amount + ", \"currency\": \"EUR\", \"method\": \"BANK_TRANSFER\","
            + " \"valueDate\": \"" + valueDate + "\"}",
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object();
  }

  /** What the payment left the creditor once its fees and their VAT were taken. */
  private static BigDecimal left(JsonObject payment) {
    return money(payment, "amount")
        .subtract(money(payment.getJsonObject("fees"), "chargedToCreditor"));
  }

  private JsonObject approve(JsonObject draft) {
    Api.Reply approved = api().post("/api/v1/remittances/runs/" + draft.getString("id")
        + "/approve", Tokens.of("manager"), "{}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    return approved.object();
  }

  private static JsonObject onlyLine(Api.Reply run) {
    assertThat(run.object().getJsonArray("lines")).as(run.body()).hasSize(1);
    return run.object().getJsonArray("lines").getJsonObject(0);
  }

  /** The creditor's balance of one ledger account, as the manager reads it. */
  private BigDecimal balance(String creditorId, String account) {
    Api.Reply r = api().get("/api/v1/ledger/balances?creditorId=" + creditorId,
        Tokens.of("manager"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().asJsonArray().stream().map(v -> v.asJsonObject())
        .filter(b -> b.getString("account").equals(account))
        .map(b -> money(b, "balance")).findFirst().orElse(BigDecimal.ZERO);
  }

  private void assertLedgerVerifies() {
    Api.Reply verification = api().get("/api/v1/ledger/verification", Tokens.of("manager"));
    assertThat(verification.status()).as(verification.body()).isEqualTo(200);
    assertThat(verification.object().getJsonArray("problems")).as(verification.body()).isEmpty();
  }

  private static String text(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document)
          .replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }
  }

  @Test
  void aRunPaysClearedFundsLessFeesOnceHoldsBackAChequeAndTheLedgerVerifies() throws Exception {
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "5000.00");
    JsonObject transfer = pay(caseId, "1000.00", "BANK_TRANSFER");
    pay(caseId, "500.00", "CHEQUE");
    BigDecimal transferLeft = new BigDecimal("1000.00")
        .subtract(money(transfer.getJsonObject("fees"), "chargedToCreditor"));
    LocalDate today = AgencyDay.today();

    Api.Reply prepared = run(creditor, today);

    assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
    JsonObject draft = prepared.object();
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getJsonArray("lines")).hasSize(1);
    JsonObject line = draft.getJsonArray("lines").getJsonObject(0);
    // The cheque clears in ten days: held back; the transfer is paid less its fee and VAT.
    assertThat(money(line, "amount")).isEqualByComparingTo(transferLeft);
    assertThat(money(line, "uncleared")).isPositive();
    // The line counts and totals the payments it pays; they are listed page by page.
    assertThat(line.getInt("paymentCount")).isEqualTo(1);
    assertThat(money(line, "collected")).isEqualByComparingTo("1000.00");
    assertThat(money(line, "feesKept"))
        .isEqualByComparingTo(money(transfer.getJsonObject("fees"), "chargedToCreditor"));
    Api.Reply paid = api().get("/api/v1/remittances/runs/" + draft.getString("id") + "/lines/"
        + creditor + "/payments?page=0&size=10", Tokens.of("manager"));
    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(paid.object().getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(paid.object().getJsonArray("items")).singleElement().satisfies(p -> {
      assertThat(p.asJsonObject().getString("paymentId")).isEqualTo(transfer.getString("id"));
      assertThat(money(p.asJsonObject(), "fundsForCreditor")).isEqualByComparingTo(transferLeft);
    });
    // No bank file for a draft.
    assertThat(api().get("/api/v1/remittances/runs/" + draft.getString("id") + "/sepa.xml",
        Tokens.of("manager")).status()).isEqualTo(409);

    String id = draft.getString("id");
    Api.Reply approved = api().post("/api/v1/remittances/runs/" + id + "/approve",
        Tokens.of("manager"), "{}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.object().getString("status")).isEqualTo("APPROVED");
    assertThat(api().post("/api/v1/remittances/runs/" + id + "/approve", Tokens.of("manager"),
        "{}").status()).isEqualTo(409);
    assertThat(TestServices.auditEventsOf("RemittanceRun", id))
        .contains("remittance.approved by manager");
    // The audit keeps each line's figures and how many payments it pays, not the payments.
    String audited = TestServices.queryOne("select after_state from audit_event"
        + " where entity_id = '" + id + "' and action = 'remittance.approved'");
    assertThat(audited).contains("\"payments\":1", "\"status\":\"APPROVED\"")
        .doesNotContain("valueDate");

    // The same period again: the approved run, as it was.
    Api.Reply again = run(creditor, today);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.object().getString("id")).isEqualTo(id);
    // An earlier period end afterwards: what was remitted is not payable any more, and the
    // cheque is still not cleared.
    Api.Reply earlier = run(creditor, today.minusDays(1));
    assertThat(earlier.status()).as(earlier.body()).isEqualTo(201);
    assertThat(earlier.object().getJsonArray("lines")).isEmpty();

    Api.Reply sepa = api().get("/api/v1/remittances/runs/" + id + "/sepa.xml",
        Tokens.of("manager"));
    assertThat(sepa.status()).as(sepa.body()).isEqualTo(200);
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(RemittancesApiIT.class.getResource("/standards/pain.001.001.03.xsd"))
        .newValidator().validate(new StreamSource(new ByteArrayInputStream(sepa.bytes())));
    assertThat(new String(sepa.bytes(), StandardCharsets.UTF_8))
        .contains("<IBAN>FR7630006000011234567890189</IBAN>",
            ">" + transferLeft.setScale(2).toPlainString() + "</InstdAmt>");

    Api.Reply verification = api().get("/api/v1/ledger/verification", Tokens.of("manager"));
    assertThat(verification.object().getJsonArray("problems")).as(verification.body()).isEmpty();
    assertThat(TestServices.queryOne("select count(*) from ledger_transaction"
        + " where kind = 'REMITTANCE' and creditor_id = '" + creditor + "'")).isEqualTo("1");
  }

  /**
   * A draft is approved only on the funds it was prepared from: a payment recorded since, or
   * another run that paid the creditor since, makes the approval ask for the run to be prepared
   * again, and nothing is written.
   */
  @Test
  void aDraftWhoseFundsMovedSinceItWasPreparedIsNotApproved() {
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "3000.00");
    JsonObject first = pay(caseId, "400.00", "BANK_TRANSFER");
    LocalDate today = AgencyDay.today();
    Api.Reply prepared = run(creditor, today);
    assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
    String id = prepared.object().getString("id");

    JsonObject second = pay(caseId, "250.00", "BANK_TRANSFER");
    Api.Reply refused = api().post("/api/v1/remittances/runs/" + id + "/approve",
        Tokens.of("manager"), "{}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("Remise SAS", "prepare the run again");
    assertThat(TestServices.queryOne("select count(*) from ledger_transaction"
        + " where kind = 'REMITTANCE' and creditor_id = '" + creditor + "'")).isEqualTo("0");
    assertThat(TestServices.queryOne("select status from remittance_run where id = '" + id
        + "'")).isEqualTo("DRAFT");

    // Prepared again, the draft pays both payments.
    JsonObject line = onlyLine(run(creditor, today));
    assertThat(line.getInt("paymentCount")).isEqualTo(2);
    assertThat(money(line, "amount")).isEqualByComparingTo(left(first).add(left(second)));

    // A payment of two days ago, on this draft prepared again and on yesterday's run: once
    // yesterday's is approved, this one would pay it twice.
    JsonObject earlier = pay(caseId, "120.00", today.minusDays(2));
    assertThat(onlyLine(run(creditor, today)).getInt("paymentCount")).isEqualTo(3);
    JsonObject yesterday = run(creditor, today.minusDays(1)).object();
    assertThat(onlyLine(api().get("/api/v1/remittances/runs/" + yesterday.getString("id"),
        Tokens.of("manager"))).getInt("paymentCount")).isEqualTo(1);
    approve(yesterday);
    assertThat(api().post("/api/v1/remittances/runs/" + id + "/approve", Tokens.of("manager"),
        "{}").status()).isEqualTo(409);
    line = onlyLine(run(creditor, today));
    assertThat(line.getInt("paymentCount")).isEqualTo(2);
    assertThat(api().post("/api/v1/remittances/runs/" + id + "/approve", Tokens.of("manager"),
        "{}").status()).isEqualTo(200);
    assertThat(money(line, "amount")).isEqualByComparingTo(left(first).add(left(second)));
    assertThat(left(earlier)).isPositive();
    assertLedgerVerifies();

    // The items' references, checked per statement (V33), hold like foreign keys.
    String lineId = TestServices.queryOne("select id from remittance_line where run_id = '" + id
        + "'");
    assertThatThrownBy(() -> TestServices.execute("insert into remittance_item"
        + " (line_id, payment_id, late) values ('" + lineId + "', '" + UUID.randomUUID()
        + "', false)")).hasStackTraceContaining("names no payment");
    assertThatThrownBy(() -> TestServices.execute("insert into remittance_item"
        + " (line_id, payment_id, late) values ('" + UUID.randomUUID() + "', '"
        + first.getString("id") + "', false)"))
        .hasStackTraceContaining("names no remittance line");
    assertThatThrownBy(() -> TestServices.execute("delete from remittance_line where id = '"
        + lineId + "'")).hasStackTraceContaining("still has items");
    assertThat(TestServices.queryOne("select count(*) from remittance_item where line_id = '"
        + lineId + "'")).isEqualTo("2");
  }

  @Test
  void aPaymentWaitingLongerThanTheMandatesOwnDelayIsFlaggedLate() {
    String withDelay = ClientsApiIT.newClientJson(CasesApiIT.unique("Delai SAS"),
        "FR7630006000011234567890189", "10");
    Api.Reply tooLong = api().post("/api/v1/clients", Tokens.of("manager"),
        withDelay.replace("\"signedOn\"", "\"remittanceDelayDays\": 120, \"signedOn\""));
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("remittanceDelayDays");
    Api.Reply registered = api().post("/api/v1/clients", Tokens.of("manager"),
        withDelay.replace("\"signedOn\"", "\"remittanceDelayDays\": 10, \"signedOn\""));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String tenDays = registered.object().getString("id");
    assertThat(registered.object().getJsonObject("mandate").getInt("remittanceDelayDays"))
        .isEqualTo(10);
    String legalMonth = registerCreditor();

    // The same payment, cleared 20 days ago: late under a 10-day mandate, not under the month.
    LocalDate valueDate = AgencyDay.today().minusDays(20);
    for (String creditor : java.util.List.of(tenDays, legalMonth)) {
      Api.Reply paid = api().post("/api/v1/cases/" + openCase(creditor, "900.00") + "/payments",
          Tokens.of("collector"), "{\"amount\": 300.00, \"currency\": \"EUR\","
              + " \"method\": \"BANK_TRANSFER\", \"valueDate\": \"" + valueDate + "\"}",
          Map.of("Idempotency-Key", UUID.randomUUID().toString()));
      assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    }
    assertThat(run(tenDays, AgencyDay.today()).object().getJsonArray("lines").getJsonObject(0)
        .getInt("latePayments")).isEqualTo(1);
    assertThat(run(legalMonth, AgencyDay.today()).object().getJsonArray("lines").getJsonObject(0)
        .getInt("latePayments")).isZero();
  }

  @Test
  void aClientReadsOnlyItsOwnRemittancesAndOnlyManagersRunThem() {
    String martinCase = openCase(CasesApiIT.MARTIN, "800.00");
    pay(martinCase, "200.00", "CASH");
    assertThat(api().post("/api/v1/remittances/runs", Tokens.of("martin"),
        "{\"periodEnd\": \"" + AgencyDay.today() + "\"}").status()).isEqualTo(403);
    assertThat(api().post("/api/v1/remittances/runs", Tokens.of("collector"),
        "{\"periodEnd\": \"" + AgencyDay.today() + "\"}").status()).isEqualTo(403);
    assertThat(run(CasesApiIT.MARTIN, AgencyDay.today().plusDays(1)).status()).isEqualTo(400);

    Api.Reply prepared = run(CasesApiIT.MARTIN, AgencyDay.today());
    assertThat(prepared.status()).as(prepared.body()).isIn(200, 201);
    String id = prepared.object().getString("id");
    // A draft is the manager's working paper: not the creditor's yet.
    assertThat(api().get("/api/v1/remittances/runs/" + id, Tokens.of("martin")).status())
        .isEqualTo(404);
    assertThat(api().post("/api/v1/remittances/runs/" + id + "/approve", Tokens.of("manager"),
        "{}").status()).isEqualTo(200);

    Api.Reply own = api().get("/api/v1/remittances/runs/" + id, Tokens.of("martin"));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.object().getJsonArray("lines")).singleElement()
        .satisfies(l -> assertThat(l.asJsonObject().getString("creditorId"))
            .isEqualTo(CasesApiIT.MARTIN));
    assertThat(api().get("/api/v1/remittances/runs/" + id, Tokens.of("dupont")).status())
        .isEqualTo(404);
    assertThat(api().get("/api/v1/remittances/runs", Tokens.of("dupont")).body())
        .doesNotContain(id);
    assertThat(api().get("/api/v1/remittances/runs", Tokens.of("martin")).body()).contains(id);
    assertThat(api().get("/api/v1/remittances/runs/" + id + "/sepa.xml", Tokens.of("martin"))
        .status()).isEqualTo(403);
    String statement = "/api/v1/remittances/runs/" + id + "/statements/";
    Api.Reply pdf = api().get(statement + CasesApiIT.MARTIN + ".pdf", Tokens.of("martin"));
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(api().get(statement + CasesApiIT.MARTIN + ".pdf", Tokens.of("dupont")).status())
        .isEqualTo(404);
    assertThat(api().get(statement + CasesApiIT.DUPONT + ".pdf", Tokens.of("martin")).status())
        .isEqualTo(404);
    assertThat(api().get(statement + CasesApiIT.MARTIN + ".pdf", Tokens.of("manager")).status())
        .isEqualTo(200);
    String lines = "/api/v1/remittances/runs/" + id + "/lines/";
    Api.Reply ownPayments = api().get(lines + CasesApiIT.MARTIN + "/payments", Tokens.of("martin"));
    assertThat(ownPayments.status()).as(ownPayments.body()).isEqualTo(200);
    assertThat(ownPayments.object().getJsonNumber("total").longValue())
        .isEqualTo(onlyLine(own).getInt("paymentCount")).isPositive();
    assertThat(api().get(lines + CasesApiIT.MARTIN + "/payments", Tokens.of("dupont")).status())
        .isEqualTo(404);
    Api.Reply badSize = api().get(lines + CasesApiIT.MARTIN + "/payments?size=abc",
        Tokens.of("martin"));
    assertThat(badSize.status()).as(badSize.body()).isEqualTo(400);
    assertThat(badSize.contentType()).startsWith("application/problem+json");
    assertThat(badSize.body()).contains("abc");
    assertThat(api().get(lines + CasesApiIT.DUPONT + "/payments", Tokens.of("martin")).status())
        .isEqualTo(404);
    assertThat(TestServices.auditEventsOf("RemittanceRun", id))
        .contains("remittance.access-refused by dupont");
  }

  /**
   * A transfer of 1,000.00 is remitted (less its fees), then the bank returns it: the reversal is
   * recorded (no longer refused), the agency advances what was remitted into the trust account
   * and the creditor owes it back. A run with nothing collected pays nothing and shows it still
   * owed; the next collection's run recovers it; running that period again pays nothing twice.
   */
  @Test
  void aPaymentReturnedAfterItsRemittanceIsRecoveredFromTheNextRemittance() throws Exception {
    LocalDate today = AgencyDay.today();
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "5000.00");
    JsonObject transfer = pay(caseId, "1000.00", today.minusDays(3));
    BigDecimal remitted = left(transfer);
    BigDecimal fees = money(transfer.getJsonObject("fees"), "chargedToCreditor");
    assertThat(fees).isPositive();
    BigDecimal invoiced = money(transfer.getJsonObject("fees"), "agencyIncome")
        .add(money(transfer.getJsonObject("fees"), "vat"));

    Api.Reply firstRun = run(creditor, today.minusDays(2));
    assertThat(firstRun.status()).as(firstRun.body()).isEqualTo(201);
    assertThat(money(onlyLine(firstRun), "amount")).isEqualByComparingTo(remitted);
    approve(firstRun.object());

    Api.Reply reversal = api().post("/api/v1/payments/" + transfer.getString("id")
        + "/reversal", Tokens.of("manager"),
        "{\"reason\": \"BANK_RETURN\", \"note\": \"R-transaction MS03\"}");
    assertThat(reversal.status()).as(reversal.body()).isEqualTo(200);
    JsonObject reversed = reversal.object();
    assertThat(reversed.getString("status")).isEqualTo("REVERSED");
    JsonObject settled = reversed.getJsonObject("reversal");
    assertThat(money(settled, "advancedByAgency")).isEqualByComparingTo(remitted);
    assertThat(money(settled, "reclaimedFromCreditor")).isEqualByComparingTo(remitted);
    assertThat(money(settled, "refundedToCreditor")).isZero();
    assertThat(settled.getString("reclaimTransactionId")).isNotBlank();
    // The creditor's funds are whole again: nobody else's money pays for the returned transfer.
    assertThat(balance(creditor, "TRUST_BANK")).isZero();
    assertThat(balance(creditor, "CREDITOR_PAYABLE")).isZero();
    assertThat(balance(creditor, "REMITTANCE_RECLAIMABLE")).isEqualByComparingTo(remitted);
    assertThat(balance(creditor, "AGENCY_ADVANCES")).isEqualByComparingTo(remitted);
    assertLedgerVerifies();
    assertThat(TestServices.queryOne("select count(*) from ledger_transaction"
        + " where kind = 'REMITTED_FUNDS_RECLAIMED' and creditor_id = '" + creditor + "'"))
        .isEqualTo("1");
    assertThat(api().get("/api/v1/cases/" + caseId, Tokens.of("manager")).body())
        .contains("the agency advanced", "will be deducted from its next remittance");
    assertThat(TestServices.auditEventsOf("Payment", transfer.getString("id")))
        .contains("payment.reversed by manager");

    // Nothing collected since: the run pays nothing and says what the creditor still owes.
    Api.Reply owedRun = run(creditor, today.minusDays(1));
    assertThat(owedRun.status()).as(owedRun.body()).isEqualTo(201);
    JsonObject owed = onlyLine(owedRun);
    assertThat(money(owed, "amount")).isZero();
    assertThat(money(owed, "reclaimedNetted")).isZero();
    assertThat(money(owed, "reclaimOutstanding")).isEqualByComparingTo(remitted);
    approve(owedRun.object());
    // The fee the first run invoiced is credited with this one, the payment being reversed.
    Api.Reply invoices = api().get("/api/v1/invoices?creditorId=" + creditor,
        Tokens.of("manager"));
    assertThat(invoices.status()).as(invoices.body()).isEqualTo(200);
    assertThat(invoices.json().asJsonArray().stream().map(v -> v.asJsonObject())
        .filter(i -> i.getString("kind").equals("CREDIT_NOTE"))
        .map(i -> money(i, "totalInclVat")))
        .singleElement().satisfies(total -> assertThat(total).isEqualByComparingTo(
            invoiced.negate()));

    JsonObject later = pay(caseId, "2000.00", today);
    Api.Reply recovering = run(creditor, today);
    assertThat(recovering.status()).as(recovering.body()).isEqualTo(201);
    JsonObject line = onlyLine(recovering);
    assertThat(money(line, "reclaimedNetted")).isEqualByComparingTo(remitted);
    assertThat(money(line, "reclaimOutstanding")).isZero();
    assertThat(money(line, "amount")).isEqualByComparingTo(left(later).subtract(remitted));
    String recoveringId = approve(recovering.object()).getString("id");
    assertThat(balance(creditor, "REMITTANCE_RECLAIMABLE")).isZero();
    assertThat(balance(creditor, "CREDITOR_PAYABLE")).isZero();
    // What stays in the trust account is the agency's: the later fees and its advance back.
    assertThat(balance(creditor, "TRUST_BANK")).isEqualByComparingTo(
        money(later.getJsonObject("fees"), "chargedToCreditor").add(remitted));
    assertLedgerVerifies();

    Api.Reply statement = api().get("/api/v1/remittances/runs/" + recoveringId + "/statements/"
        + creditor + ".pdf", Tokens.of("manager"), Map.of("Accept-Language", "en"));
    assertThat(statement.status()).as(statement.body()).isEqualTo(200);
    String read = text(statement.bytes());
    assertThat(read).contains("Recovery of an earlier remittance: the payment of",
        "Returned payments: remittance recovered",
        "-€" + String.format(java.util.Locale.ENGLISH, "%,.2f", remitted));

    // The same period again: the approved run as it was; nothing is paid or recovered twice.
    Api.Reply again = run(creditor, today);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.object().getString("id")).isEqualTo(recoveringId);
    assertThat(TestServices.queryOne("select count(*) from ledger_transaction"
        + " where kind = 'REMITTANCE' and creditor_id = '" + creditor + "'")).isEqualTo("2");
    assertThat(balance(creditor, "REMITTANCE_RECLAIMABLE")).isZero();
  }
}
