package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trust ledger on the real WAR and its database: payments of two creditors, a reversal, the
 * verification and the balances with their scoping; the database refuses edits and unbalanced
 * transactions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerIT {

  static final String MARTIN = ClientsApiIT.MARTIN;
  static final String DUPONT = ClientsApiIT.DUPONT;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String openCase(String user, String amount) {
    String reference = CasesApiIT.unique("LED");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of(user),
        CasesApiIT.caseJson(null, reference, "Payeur " + reference, amount));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  private String pay(String caseId, String amount, String method) {
    Api.Reply r = api().post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
        PaymentsApiIT.paymentJson(amount, method),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  /**
   * What a creditor's funds in the trust account went to: held for it, the agency's fees and
   * their VAT, less the fees it owes on payments made to it directly.
   */
  private BigDecimal fundsOf(String creditor) {
    return balanceOf(creditor, "CREDITOR_PAYABLE").add(balanceOf(creditor, "AGENCY_FEE_INCOME"))
        .add(balanceOf(creditor, "VAT_PAYABLE")).subtract(balanceOf(creditor, "FEES_RECEIVABLE"));
  }

  private BigDecimal balanceOf(String creditor, String account) {
    Api.Reply r = api().get("/api/v1/ledger/balances?creditorId=" + creditor,
        Tokens.of("manager"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().asJsonArray().stream().map(JsonValue::asJsonObject)
        .filter(b -> b.getString("account").equals(account))
        .map(b -> b.getJsonObject("balance").getJsonNumber("amount").bigDecimalValue())
        .findFirst().orElse(BigDecimal.ZERO);
  }

  @Test
  void afterPaymentsAndAReversalForTwoCreditorsTheLedgerVerifiesAndEachGetsItsOwn() {
    BigDecimal martinBefore = fundsOf(MARTIN);
    BigDecimal dupontBefore = fundsOf(DUPONT);
    String martinCase = openCase("martin", "2000.00");
    String dupontCase = openCase("dupont", "2000.00");

    pay(martinCase, "120.00", "BANK_TRANSFER");
    String bounced = pay(martinCase, "80.00", "CHEQUE");
    pay(dupontCase, "45.50", "CASH");
    pay(dupontCase, "30.00", "DIRECT_TO_CREDITOR");
    assertThat(api().post("/api/v1/payments/" + bounced + "/reversal", Tokens.of("collector"),
        "{\"reason\": \"BOUNCED_CHEQUE\"}").status()).isEqualTo(200);

    assertThat(fundsOf(MARTIN).subtract(martinBefore)).isEqualByComparingTo("120.00");
    assertThat(fundsOf(DUPONT).subtract(dupontBefore)).isEqualByComparingTo("45.50");
    Api.Reply verification = api().get("/api/v1/ledger/verification", Tokens.of("manager"));
    assertThat(verification.status()).as(verification.body()).isEqualTo(200);
    JsonObject report = verification.object();
    assertThat(report.getJsonArray("problems")).as(verification.body()).isEmpty();
    assertThat(report.getBoolean("balanced")).isTrue();
    assertThat(report.getInt("transactions")).isGreaterThanOrEqualTo(5);
    // Every payment's transaction is its creditor's and carries exactly its amount.
    assertThat(TestServices.queryOne("select count(*) from payment p"
        + " join ledger_transaction t on t.id = p.ledger_transaction_id"
        + " join ledger_entry e on e.transaction_id = t.id"
        + " where t.creditor_id <> p.creditor_id or t.case_id <> p.case_id"
        + " or e.amount <> p.amount or e.currency <> p.currency")).isEqualTo("0");
  }

  @Test
  void onlyManagersAndAdminsVerifyAndAClientReadsItsOwnBalancesOnly() {
    assertThat(api().get("/api/v1/ledger/verification", Tokens.of("admin")).status())
        .isEqualTo(200);
    assertThat(api().get("/api/v1/ledger/verification", Tokens.of("collector")).status())
        .isEqualTo(403);
    assertThat(api().get("/api/v1/ledger/verification", Tokens.of("martin")).status())
        .isEqualTo(403);

    String martinCase = openCase("martin", "500.00");
    pay(martinCase, "10.00", "BANK_TRANSFER");
    Api.Reply own = api().get("/api/v1/ledger/balances", Tokens.of("martin"));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().asJsonArray()).isNotEmpty().allSatisfy(b ->
        assertThat(b.asJsonObject().getString("creditorId")).isEqualTo(MARTIN));
    assertThat(api().get("/api/v1/ledger/balances?creditorId=" + DUPONT, Tokens.of("martin"))
        .status()).isEqualTo(404);
    assertThat(api().get("/api/v1/ledger/balances", Tokens.of("collector")).status())
        .isEqualTo(403);
  }

  @Test
  void theDatabaseRefusesToEditTheLedgerOrToKeepAnUnbalancedTransaction() {
    String martinCase = openCase("martin", "500.00");
    String pid = pay(martinCase, "10.00", "BANK_TRANSFER");
    String tx = TestServices.queryOne(
        "select ledger_transaction_id from payment where id = '" + pid + "'");

    assertThatThrownBy(() -> TestServices.execute(
        "update ledger_entry set amount = 1 where transaction_id = '" + tx + "'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> TestServices.execute(
        "delete from payment where id = '" + pid + "'"))
        .hasMessageContaining("append-only");
    String bad = UUID.randomUUID().toString();
    assertThatThrownBy(() -> TestServices.execute("begin",
        "insert into ledger_transaction (id, kind, creditor_id, source_type, source_id,"
            + " value_date, recorded_at, recorded_by, description) values ('" + bad
            + "', 'PAYMENT_RECEIVED', '" + MARTIN + "', 'Test', '" + bad + "', '"
            + AgencyDay.today() + "', now(), 'test', 'unbalanced')",
        "insert into ledger_entry (transaction_id, account, side, amount, currency) values ('"
            + bad + "', 'TRUST_BANK', 'D', 10, 'EUR'), ('" + bad
            + "', 'CREDITOR_PAYABLE', 'C', 9, 'EUR')",
        "commit"))
        .hasMessageContaining("does not balance");
    assertThat(TestServices.queryOne(
        "select count(*) from ledger_transaction where id = '" + bad + "'")).isEqualTo("0");
  }
  @Test
  void theBalancesKeptCountEachEntryOnceWhicheverOfItAndItsTransactionIsWrittenFirst() {
    String trustBank = "select coalesce(sum(debits), 0) || ' ' || coalesce(sum(credits), 0)"
        + " from ledger_balance where creditor_id = '" + MARTIN + "' and account = 'TRUST_BANK'";
    String[] before = TestServices.queryOne(trustBank).split(" ");
    String entriesFirst = UUID.randomUUID().toString();
    String transactionFirst = UUID.randomUUID().toString();
    // Money in, then out again: Martin's balances end where they were, his debits and credits
    // each 7.00 higher.
    TestServices.execute("begin",
        entries(entriesFirst, "TRUST_BANK", "CREDITOR_PAYABLE"),
        transaction(entriesFirst),
        transaction(transactionFirst),
        entries(transactionFirst, "CREDITOR_PAYABLE", "TRUST_BANK"),
        "commit");

    String[] after = TestServices.queryOne(trustBank).split(" ");
    assertThat(new BigDecimal(after[0]).subtract(new BigDecimal(before[0])))
        .isEqualByComparingTo("7.00");
    assertThat(new BigDecimal(after[1]).subtract(new BigDecimal(before[1])))
        .isEqualByComparingTo("7.00");
    Api.Reply verification = api().get("/api/v1/ledger/verification", Tokens.of("manager"));
    assertThat(verification.object().getJsonArray("problems")).as(verification.body()).isEmpty();
  }

  private static String transaction(String id) {
    return "insert into ledger_transaction (id, kind, creditor_id, source_type, source_id,"
        + " value_date, recorded_at, recorded_by, description) values ('" + id
        + "', 'PAYMENT_RECEIVED', '" + MARTIN + "', 'Test', '" + id + "', '"
        + AgencyDay.today() + "', now(), 'test', 'kept balances')";
  }

  private static String entries(String transaction, String debited, String credited) {
    return "insert into ledger_entry (transaction_id, account, side, amount, currency) values ('"
        + transaction + "', '" + debited + "', 'D', 7, 'EUR'), ('" + transaction + "', '"
        + credited + "', 'C', 7, 'EUR')";
  }
}
