package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments on the real WAR: idempotent posts, concurrent posts, reversals, overpayment held and
 * a case closed as paid, direct payments declared by the creditor, and tenant scoping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentsApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String openCase(String amount) {
    String reference = CasesApiIT.unique("PAY");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Payeur " + reference, amount));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  static String paymentJson(String amount, String method) {
    return "{\"amount\": " + amount + ", \"currency\": \"EUR\", \"method\": \"" + method
        + "\", \"valueDate\": \"" + AgencyDay.today() + "\", \"reference\": \"REF-" + amount
        + "\"}";
  }

  private Api.Reply post(String caseId, String user, String key, String json) {
    return api().post("/api/v1/cases/" + caseId + "/payments", Tokens.of(user), json,
        key == null ? Map.of() : Map.of("Idempotency-Key", key));
  }

  private JsonObject balance(String caseId) {
    Api.Reply r = api().get("/api/v1/cases/" + caseId + "/balance", Tokens.of("manager"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  private static BigDecimal money(JsonObject o, String field) {
    return o.getJsonObject(field).getJsonNumber("amount").bigDecimalValue();
  }

  /** The transactions of the case's payments and reversals, their fees left out. */
  private static long ledgerTransactionsOf(String caseId) {
    return Long.parseLong(TestServices.queryOne(
        "select count(*) from ledger_transaction where case_id = '" + caseId + "'"
            + " and source_type in ('Payment', 'PaymentReversal')"));
  }

  @Test
  void aRetriedPostWithTheSameKeyCountsOnce() {
    String id = openCase("1000.00");
    String key = UUID.randomUUID().toString();

    Api.Reply first = post(id, "collector", key, paymentJson("300.00", "BANK_TRANSFER"));
    Api.Reply retry = post(id, "collector", key, paymentJson("300.00", "BANK_TRANSFER"));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(retry.status()).as(retry.body()).isEqualTo(200);
    assertThat(retry.object().getString("id")).isEqualTo(first.object().getString("id"));
    assertThat(api().get("/api/v1/cases/" + id + "/payments", Tokens.of("martin")).json()
        .asJsonArray()).hasSize(1);
    assertThat(money(balance(id), "paid")).isEqualByComparingTo("300.00");
    assertThat(ledgerTransactionsOf(id)).isEqualTo(1);

    Api.Reply reused = post(id, "collector", key, paymentJson("350.00", "BANK_TRANSFER"));
    assertThat(reused.status()).as(reused.body()).isEqualTo(422);
    assertThat(reused.contentType()).startsWith("application/problem+json");
    assertThat(reused.body()).contains(key);
    assertThat(money(balance(id), "paid")).isEqualByComparingTo("300.00");
    assertThat(TestServices.auditEventsOf("Payment", first.object().getString("id")))
        .containsExactly("payment.recorded by collector");
  }

  @Test
  void aPaymentBearsItsFeesInTheSameTransactionAndShowsThem() {
    String id = openCase("1000.00");

    Api.Reply r = post(id, "collector", UUID.randomUUID().toString(),
        paymentJson("300.00", "BANK_TRANSFER"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonObject fees = r.object().getJsonObject("fees");
    assertThat(fees.getString("stage")).isEqualTo("AMICABLE");
    assertThat(fees.getJsonArray("lines")).isNotEmpty();
    BigDecimal charged = money(fees, "chargedToCreditor");
    assertThat(charged).isPositive()
        .isEqualByComparingTo(money(fees, "agencyIncome").add(money(fees, "vat")));
    String pid = r.object().getString("id");
    assertThat(api().get("/api/v1/payments/" + pid, Tokens.of("martin")).object()
        .getJsonObject("fees").getJsonArray("lines")).hasSameSizeAs(fees.getJsonArray("lines"));
    // Out of the funds held for the creditor, into the agency's income and the VAT owed.
    assertThat(TestServices.queryOne("select e.account || ' ' || e.side || ' ' || e.amount"
        + " from ledger_entry e join fee_booking b on b.ledger_transaction_id = e.transaction_id"
        + " where b.payment_id = '" + pid + "' and e.account = 'CREDITOR_PAYABLE'"))
        .isEqualTo("CREDITOR_PAYABLE D " + charged.setScale(2).toPlainString());
  }

  @Test
  void aPostWithoutKeyOrWithBadFieldsIsRefusedAndStoresNothing() {
    String id = openCase("1000.00");

    Api.Reply noKey = post(id, "collector", null, paymentJson("10.00", "CASH"));
    Api.Reply bad = post(id, "collector", UUID.randomUUID().toString(),
        "{\"amount\": -5, \"currency\": \"USD\", \"method\": \"CASH\", \"valueDate\": \""
            + AgencyDay.today().plusDays(3) + "\"}");

    assertThat(noKey.status()).as(noKey.body()).isEqualTo(400);
    assertThat(noKey.body()).contains("Idempotency-Key");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.body()).contains("\"amount\"", "\"currency\"", "\"valueDate\"");
    assertThat(ledgerTransactionsOf(id)).isZero();
  }

  @Test
  void twoCollectorsPostingAtTheSameMomentLoseNothing() throws Exception {
    String id = openCase("5000.00");
    String[] users = {"collector", "manager", "collector", "manager"};
    String[] amounts = {"100.00", "200.00", "300.00", "400.00"};
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> posts = new ArrayList<>();
    for (int i = 0; i < users.length; i++) {
      String user = users[i];
      String json = paymentJson(amounts[i], "BANK_TRANSFER");
      String key = UUID.randomUUID().toString();
      Tokens.of(user);
      posts.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        // A 409 would tell the client to retry with the same key: do so, as a client would.
        Api.Reply r = post(id, user, key, json);
        while (r.status() == 409) {
          r = post(id, user, key, json);
        }
        return r.status();
      }));
    }
    start.countDown();

    for (CompletableFuture<Integer> p : posts) {
      assertThat(p.get()).isEqualTo(201);
    }
    assertThat(api().get("/api/v1/cases/" + id + "/payments", Tokens.of("manager")).json()
        .asJsonArray()).hasSize(4);
    assertThat(money(balance(id), "paid")).isEqualByComparingTo("1000.00");
    assertThat(ledgerTransactionsOf(id)).isEqualTo(4);
  }

  @Test
  void theSameKeyPostedTwiceAtOnceCountsOnce() throws Exception {
    String id = openCase("5000.00");
    String key = UUID.randomUUID().toString();
    String json = paymentJson("250.00", "CARD");
    Tokens.of("collector");
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> posts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      posts.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return post(id, "collector", key, json);
      }));
    }
    start.countDown();

    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<Api.Reply> p : posts) {
      statuses.add(p.get().status());
    }
    assertThat(statuses).containsExactlyInAnyOrder(201, 200);
    assertThat(money(balance(id), "paid")).isEqualByComparingTo("250.00");
    assertThat(ledgerTransactionsOf(id)).isEqualTo(1);
  }

  @Test
  void aReversalCompensatesTheLedgerAndThePaymentNoLongerCounts() {
    String id = openCase("1000.00");
    Api.Reply cheque = post(id, "collector", UUID.randomUUID().toString(),
        paymentJson("400.00", "CHEQUE"));
    assertThat(cheque.status()).as(cheque.body()).isEqualTo(201);
    String pid = cheque.object().getString("id");

    Api.Reply reversed = api().post("/api/v1/payments/" + pid + "/reversal",
        Tokens.of("manager"), "{\"reason\": \"BOUNCED_CHEQUE\", \"note\": \"Sans provision\"}");

    assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
    assertThat(reversed.object().getString("status")).isEqualTo("REVERSED");
    assertThat(reversed.object().getJsonObject("reversal").getString("reason"))
        .isEqualTo("BOUNCED_CHEQUE");
    assertThat(money(balance(id), "paid")).isEqualByComparingTo("0.00");
    assertThat(api().post("/api/v1/payments/" + pid + "/reversal", Tokens.of("collector"),
        "{\"reason\": \"BOUNCED_CHEQUE\"}").status()).isEqualTo(409);
    assertThat(api().post("/api/v1/payments/" + pid + "/reversal", Tokens.of("martin"),
        "{\"reason\": \"BOUNCED_CHEQUE\"}").status()).isEqualTo(403);

    assertThat(ledgerTransactionsOf(id)).isEqualTo(2);
    // Its fees are reversed with it.
    assertThat(reversed.object().getJsonObject("fees").getBoolean("reversed")).isTrue();
    assertThat(TestServices.queryOne("select count(*) from ledger_transaction r"
        + " join fee_booking b on b.ledger_transaction_id = r.reverses_id"
        + " where b.payment_id = '" + pid + "'")).isEqualTo("1");
    assertThat(TestServices.queryOne("select count(*) from ledger_transaction r"
        + " join payment p on p.ledger_transaction_id = r.reverses_id"
        + " where p.id = '" + pid + "' and r.kind = 'REVERSAL'")).isEqualTo("1");
    assertThat(TestServices.queryOne("select count(*) from payment where id = '" + pid + "'"))
        .isEqualTo("1");
    String dossier = api().get("/api/v1/cases/" + id, Tokens.of("martin")).body();
    assertThat(dossier).contains("PAYMENT_RECEIVED", "PAYMENT_REVERSED", "Sans provision");
    assertThat(TestServices.auditEventsOf("Payment", pid)).containsExactly(
        "payment.recorded by collector", "payment.reversed by manager");
  }

  @Test
  void anOverpaymentIsHeldAndFlaggedAndThePaidCaseCloses() {
    String id = openCase("100.00");
    BigDecimal due = money(balance(id), "due");

    Api.Reply r = post(id, "collector", UUID.randomUUID().toString(),
        paymentJson(due.add(new BigDecimal("50.00")).toPlainString(), "BANK_TRANSFER"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.object().getBoolean("overpayment")).isTrue();
    assertThat(money(r.object(), "held")).isEqualByComparingTo("50.00");
    JsonObject after = balance(id);
    assertThat(money(after, "due")).isEqualByComparingTo("0.00");
    assertThat(money(after, "held")).isEqualByComparingTo("50.00");
    assertThat(TestServices.queryOne("select stage from case_file where id = '" + id + "'"))
        .isEqualTo("CLOSED_PAID");

    // The transfer comes back: the case stays closed, and its timeline says what is due again.
    Api.Reply reversed = api().post("/api/v1/payments/" + r.object().getString("id")
        + "/reversal", Tokens.of("manager"), "{\"reason\": \"BANK_RETURN\"}");
    assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
    assertThat(money(balance(id), "due")).isEqualByComparingTo(due);
    assertThat(api().get("/api/v1/cases/" + id, Tokens.of("manager")).body())
        .contains("the case is CLOSED_PAID but " + due.toPlainString() + " EUR is due again");
  }

  @Test
  void aCreditorDeclaresADirectPaymentOnItsOwnCaseOnlyAndSeesNoOtherCreditorsPayments() {
    String id = openCase("1000.00");

    assertThat(post(id, "dupont", UUID.randomUUID().toString(),
        paymentJson("100.00", "DIRECT_TO_CREDITOR")).status()).isEqualTo(404);
    assertThat(api().get("/api/v1/cases/" + id + "/payments", Tokens.of("dupont")).status())
        .isEqualTo(404);
    assertThat(post(id, "martin", UUID.randomUUID().toString(),
        paymentJson("100.00", "BANK_TRANSFER")).status()).isEqualTo(403);

    Api.Reply declared = post(id, "martin", UUID.randomUUID().toString(),
        paymentJson("150.00", "DIRECT_TO_CREDITOR"));

    assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    String pid = declared.object().getString("id");
    assertThat(api().get("/api/v1/payments/" + pid, Tokens.of("dupont")).status())
        .isEqualTo(404);
    assertThat(api().get("/api/v1/payments/" + pid, Tokens.of("martin")).status())
        .isEqualTo(200);
    assertThat(money(balance(id), "paid")).isEqualByComparingTo("150.00");
    assertThat(TestServices.queryOne("select string_agg(e.account, ',' order by e.account)"
        + " from ledger_entry e join payment p on p.ledger_transaction_id = e.transaction_id"
        + " where p.id = '" + pid + "'"))
        .isEqualTo("DIRECT_COLLECTED,DIRECT_COLLECTED_CONTRA");
  }

  @Test
  void aPaymentKeepsThePromiseAndCountsTowardsThePlan() {
    String id = openCase("1000.00");
    Api.Reply promise = api().post("/api/v1/cases/" + id + "/promises", Tokens.of("collector"),
        "{\"amount\": 200.00, \"dueDate\": \"" + AgencyDay.today().plusDays(7) + "\"}");
    assertThat(promise.status()).as(promise.body()).isEqualTo(201);
    assertThat(promise.object().getString("status")).isEqualTo("PENDING");
    Api.Reply plan = api().post("/api/v1/cases/" + id + "/payment-plans", Tokens.of("collector"),
        "{\"total\": 600.00, \"installmentCount\": 3, \"firstDueDate\": \""
            + AgencyDay.today().plusDays(7) + "\"}");
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    String planId = plan.object().getString("id");

    assertThat(post(id, "collector", UUID.randomUUID().toString(),
        paymentJson("200.00", "BANK_TRANSFER")).status()).isEqualTo(201);

    Api.Reply promises = api().get("/api/v1/cases/" + id + "/promises", Tokens.of("martin"));
    assertThat(promises.json().asJsonArray().get(0).asJsonObject().getString("status"))
        .isEqualTo("KEPT");
    Api.Reply tracked = api().get("/api/v1/cases/" + id + "/payment-plans/" + planId,
        Tokens.of("manager"));
    assertThat(tracked.status()).as(tracked.body()).isEqualTo(200);
    assertThat(money(tracked.object(), "paid")).isEqualByComparingTo("200.00");
  }
}
