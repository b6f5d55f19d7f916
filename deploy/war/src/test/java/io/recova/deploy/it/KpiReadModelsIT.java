package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
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
 * The KPI read models of migration V26 on the real WAR and database: after payments, a direct
 * payment, reversals and an approved remittance, the ledger totals per day, what each case has
 * paid and today's aged balance equal their recomputation from the ledger entries, the payments
 * and the claims, over the whole database (every other test's activity included).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KpiReadModelsIT {

  /** Rows of the day totals that a GROUP BY over the entries does not give, and the reverse. */
  static final String LEDGER_MISMATCHES = "select count(*) from ((select creditor_id, value_date,"
      + " account, kind, currency, net_debit from kpi_ledger_day"
      + " except select t.creditor_id, t.value_date, e.account, coalesce(o.kind, t.kind),"
      + " e.currency, sum(case e.side when 'D' then e.amount else -e.amount end)"
      + " from ledger_entry e join ledger_transaction t on t.id = e.transaction_id"
      + " left join ledger_transaction o on o.id = t.reverses_id"
      + " group by 1, 2, 3, 4, 5)"
      + " union all (select t.creditor_id, t.value_date, e.account, coalesce(o.kind, t.kind),"
      + " e.currency, sum(case e.side when 'D' then e.amount else -e.amount end)"
      + " from ledger_entry e join ledger_transaction t on t.id = e.transaction_id"
      + " left join ledger_transaction o on o.id = t.reverses_id"
      + " group by 1, 2, 3, 4, 5"
      + " except select creditor_id, value_date, account, kind, currency, net_debit"
      + " from kpi_ledger_day)) mismatches";

  /** Cases whose paid-to-date row differs from their payments less those reversed. */
  static final String PAID_RECOMPUTED = "select p.case_id,"
      + " coalesce(sum(p.amount) filter (where r.id is null), 0), max(p.value_date),"
      + " max(p.value_date) filter (where r.id is null)"
      + " from payment p left join payment_reversal r on r.payment_id = p.id group by p.case_id";
  static final String PAID_MISMATCHES = "select count(*) from ((select case_id, paid,"
      + " last_value_date, last_paid_on from kpi_case_paid except " + PAID_RECOMPUTED + ")"
      + " union all (" + PAID_RECOMPUTED + " except select case_id, paid, last_value_date,"
      + " last_paid_on from kpi_case_paid)) mismatches";

  /** Open cases' unpaid claims per creditor and due date, from the claims and the payments. */
  static final String AGEING_RECOMPUTED = "select x.creditor_id, x.currency, x.due_date,"
      + " count(*), sum(x.unpaid) from (select c.creditor_id, c.currency, k.due_date,"
      + " least(k.principal, greatest(0, sum(k.principal) over (partition by k.case_id"
      + " order by k.due_date, k.position) - coalesce((select sum(p.amount) from payment p"
      + " where p.case_id = c.id and not exists (select 1 from payment_reversal r"
      + " where r.payment_id = p.id)), 0))) as unpaid"
      + " from case_file c join claim k on k.case_id = c.id where c.stage not in"
      + " ('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE', 'RETURNED_TO_CLIENT')) x"
      + " where x.unpaid > 0 group by 1, 2, 3";
  /** The totals and the log of changes not yet moved into them, as a reading sums them. */
  static final String AGEING_KEPT = "select creditor_id, currency, due_date, sum(claims),"
      + " sum(unpaid) from (select creditor_id, currency, due_date, claims, unpaid"
      + " from kpi_open_ageing union all select creditor_id, currency, due_date, claims, unpaid"
      + " from kpi_ageing_delta) a group by 1, 2, 3 having sum(claims) <> 0";
  static final String AGEING_MISMATCHES = "select count(*) from ((" + AGEING_KEPT + " except "
      + AGEING_RECOMPUTED + ") union all (" + AGEING_RECOMPUTED + " except " + AGEING_KEPT
      + ")) mismatches";

  /** Cases per creditor, currency, opening day (Paris) and stage, from the cases and payments. */
  static final String CASE_DAY_RECOMPUTED = "select c.creditor_id, c.currency,"
      + " cast(c.opened_at at time zone 'Europe/Paris' as date), c.stage, count(*),"
      + " sum(c.principal_total), coalesce(sum((select sum(p.amount) from payment p"
      + " where p.case_id = c.id and not exists (select 1 from payment_reversal r"
      + " where r.payment_id = p.id))), 0) from case_file c group by 1, 2, 3, 4";
  static final String CASE_DAY_KEPT = "select creditor_id, currency, opened_on, stage, sum(cases),"
      + " sum(principal), sum(paid) from (select creditor_id, currency, opened_on, stage, cases,"
      + " principal, paid from kpi_case_day union all select creditor_id, currency, opened_on,"
      + " stage, cases, principal, paid from kpi_case_day_delta) d group by 1, 2, 3, 4"
      + " having sum(cases) <> 0 or sum(principal) <> 0 or sum(paid) <> 0";
  static final String CASE_DAY_MISMATCHES = "select count(*) from ((" + CASE_DAY_KEPT + " except "
      + CASE_DAY_RECOMPUTED + ") union all (" + CASE_DAY_RECOMPUTED + " except " + CASE_DAY_KEPT
      + ")) mismatches";

  /**
   * A promise's kept day recomputed: the earliest value date by which its case's payments from
   * the promise's date on, less the reversed ones, reach the amount.
   */
  static final String KEPT_ON = "select min(p.value_date) from payment p"
      + " where p.case_id = pr.case_id and p.value_date >= pr.promised_on"
      + " and pr.amount <= (select sum(q.amount) from payment q where q.case_id = pr.case_id"
      + " and q.value_date between pr.promised_on and p.value_date"
      + " and not exists (select 1 from payment_reversal r where r.payment_id = q.id))";

  /**
   * Promises whose creditor or currency differs from their case's, whose kept day is not the
   * recomputed one, or that have no row.
   */
  static final String PROMISE_MISMATCHES = "select count(*) from promise_to_pay pr"
      + " join case_file c on c.id = pr.case_id left join kpi_promise k on k.promise_id = pr.id"
      + " where k.promise_id is null or k.creditor_id <> c.creditor_id"
      + " or k.case_currency <> c.currency or k.due_date <> pr.due_date"
      + " or k.currency <> pr.currency or k.kept_on is distinct from (" + KEPT_ON + ")";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String registerCreditor() {
    Api.Reply r = api().post("/api/v1/clients", Tokens.of("manager"),
        ClientsApiIT.newClientJson(CasesApiIT.unique("Modèles SAS"),
            "FR7630006000011234567890189", "15"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  private String openCase(String creditorId, String amount) {
    String reference = CasesApiIT.unique("KRM");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of("manager"),
        CasesApiIT.caseJson(creditorId, reference, "Débiteur " + reference, amount));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  private String pay(String caseId, String amount, String method, LocalDate valueDate) {
    Api.Reply r = api().post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
        "{\"amount\": " + amount + ", \"currency\": \"EUR\", \"method\": \"" + method + "\","
            + " \"valueDate\": \"" + valueDate + "\"}",
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  private void reverse(String paymentId, String reason) {
    Api.Reply r = api().post("/api/v1/payments/" + paymentId + "/reversal",
        Tokens.of("manager"), "{\"reason\": \"" + reason + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private void assertReadModelsMatchTheSourceRows() {
    assertThat(TestServices.queryOne(LEDGER_MISMATCHES)).isEqualTo("0");
    assertThat(TestServices.queryOne(PAID_MISMATCHES)).isEqualTo("0");
    assertThat(TestServices.queryOne(AGEING_MISMATCHES)).isEqualTo("0");
    assertThat(TestServices.queryOne(CASE_DAY_MISMATCHES)).isEqualTo("0");
    assertThat(TestServices.queryOne(PROMISE_MISMATCHES)).isEqualTo("0");
  }

  private String openAgeingOf(String creditor) {
    return TestServices.queryOne("select coalesce(sum(claims), 0) || '/' || coalesce(sum(unpaid),"
        + " 0) from (select claims, unpaid from kpi_open_ageing where creditor_id = '" + creditor
        + "' union all select claims, unpaid from kpi_ageing_delta where creditor_id = '"
        + creditor + "') a");
  }

  /** What the application's minute job does; the number of changes it moved. */
  private long compact() {
    return Long.parseLong(TestServices.queryOne("select kpi_compact()"));
  }

  private String paidOf(String caseId) {
    return TestServices.queryOne("select paid from kpi_case_paid where case_id = '" + caseId
        + "'");
  }

  @Test
  void afterPaymentsReversalsAndARemittanceTheReadModelsEqualTheirRecomputation() {
    String creditor = registerCreditor();
    String first = openCase(creditor, "3000.00");
    String second = openCase(creditor, "800.00");
    LocalDate today = AgencyDay.today();

    assertReadModelsMatchTheSourceRows();
    assertThat(openAgeingOf(creditor)).isEqualTo("2/3800.00");

    pay(first, "1000.00", "BANK_TRANSFER", today.minusDays(20));
    String bounced = pay(first, "300.00", "CHEQUE", today.minusDays(15));
    String withdrawn = pay(second, "200.00", "DIRECT_TO_CREDITOR", today.minusDays(12));
    pay(second, "150.00", "BANK_TRANSFER", today.minusDays(3));
    assertReadModelsMatchTheSourceRows();
    assertThat(paidOf(first)).isEqualTo("1300.00");
    assertThat(openAgeingOf(creditor)).isEqualTo("2/2150.00");

    // Moving the log into the totals changes no reading, and leaves the log empty (no other test
    // writes while this one runs: the suite runs its classes one after another).
    assertThat(compact()).isPositive();
    assertThat(TestServices.queryOne("select count(*) from kpi_ageing_delta")).isEqualTo("0");
    assertThat(TestServices.queryOne("select count(*) from kpi_case_day_delta")).isEqualTo("0");
    assertReadModelsMatchTheSourceRows();
    assertThat(openAgeingOf(creditor)).isEqualTo("2/2150.00");

    reverse(bounced, "BOUNCED_CHEQUE");
    reverse(withdrawn, "DECLARATION_WITHDRAWN");
    assertReadModelsMatchTheSourceRows();
    assertThat(paidOf(first)).isEqualTo("1000.00");
    assertThat(paidOf(second)).isEqualTo("150.00");
    assertThat(openAgeingOf(creditor)).isEqualTo("2/2650.00");
    // The bounced cheque was the first case's last payment: the transfer before it is now.
    assertThat(TestServices.queryOne("select last_paid_on || '/' || last_value_date"
        + " from kpi_case_paid where case_id = '" + first + "'"))
        .isEqualTo(today.minusDays(20) + "/" + today.minusDays(15));

    Api.Reply prepared = api().post("/api/v1/remittances/runs", Tokens.of("manager"),
        "{\"periodEnd\": \"" + today + "\", \"creditorId\": \"" + creditor + "\"}");
    assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
    JsonObject draft = prepared.object();
    Api.Reply approved = api().post("/api/v1/remittances/runs/" + draft.getString("id")
        + "/approve", Tokens.of("manager"), "{}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertReadModelsMatchTheSourceRows();
    // The remittance is in the day totals under its own kind, for this creditor.
    assertThat(TestServices.queryOne("select count(*) from kpi_ledger_day where creditor_id = '"
        + creditor + "' and account = 'REMITTED' and kind = 'REMITTANCE' and net_debit > 0"))
        .isEqualTo("1");
    // The bounced cheque counts on its value date and its reversal on the day it was reversed,
    // under the kind of the payment: what came into the trust account is the transfers.
    assertThat(TestServices.queryOne("select sum(net_debit) || '/' || count(*) filter (where"
        + " net_debit < 0) from kpi_ledger_day where creditor_id = '" + creditor + "'"
        + " and account = 'TRUST_BANK' and kind = 'PAYMENT_RECEIVED'")).isEqualTo("1150.00/1");
  }

  /**
   * A promise of 100.00 is kept the day the payments reach it, 80.00 then 40.00; once the 80.00 is
   * reversed the 40.00 falls short. A payment dated before the promise does not count.
   */
  @Test
  void aPromiseIsKeptOnTheDayItsPaymentsReachItUntilOneIsReversed() {
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "1000.00");
    LocalDate today = AgencyDay.today();
    Api.Reply promised = api().post("/api/v1/cases/" + caseId + "/promises",
        Tokens.of("collector"), "{\"amount\": 100.00, \"dueDate\": \"" + today.plusDays(10)
            + "\"}");
    assertThat(promised.status()).as(promised.body()).isEqualTo(201);
    String keptOn = "select coalesce(cast(k.kept_on as varchar), 'open') from kpi_promise k"
        + " where k.promise_id = '" + promised.object().getString("id") + "'";
    // Paid before the promise was made: not towards it.
    pay(caseId, "500.00", "BANK_TRANSFER", today.minusDays(30));
    assertThat(TestServices.queryOne(keptOn)).isEqualTo("open");

    String first = pay(caseId, "80.00", "BANK_TRANSFER", today);
    assertThat(TestServices.queryOne(keptOn)).isEqualTo("open");
    pay(caseId, "40.00", "CARD", today);
    assertThat(TestServices.queryOne(keptOn)).isEqualTo(today.toString());
    assertReadModelsMatchTheSourceRows();

    reverse(first, "CHARGEBACK");
    assertThat(TestServices.queryOne(keptOn)).isEqualTo("open");
    assertReadModelsMatchTheSourceRows();
  }

  @Test
  void aFailedLedgerTransactionLeavesTheTotalsUntouched() {
    String before = TestServices.queryOne("select count(*) || '/' || coalesce(sum(net_debit), 0)"
        + " from kpi_ledger_day");
    String bad = UUID.randomUUID().toString();
    assertThatThrownBy(() -> TestServices.execute("begin",
          "insert into ledger_transaction (id, kind, creditor_id, source_type, source_id,"
              + " value_date, recorded_at, recorded_by, description) values ('" + bad
              + "', 'PAYMENT_RECEIVED', '" + ClientsApiIT.MARTIN + "', 'Test', '" + bad
              + "', '1990-01-01', now(), 'test', 'unbalanced')",
          "insert into ledger_entry (transaction_id, account, side, amount, currency) values ('"
              + bad + "', 'TRUST_BANK', 'D', 10, 'EUR'), ('" + bad
              + "', 'CREDITOR_PAYABLE', 'C', 9, 'EUR')",
          "commit"))
        .hasMessageContaining("does not balance");
    assertThat(TestServices.queryOne("select count(*) || '/' || coalesce(sum(net_debit), 0)"
        + " from kpi_ledger_day")).isEqualTo(before);
    assertThat(TestServices.queryOne("select count(*) from kpi_ledger_day"
        + " where value_date = '1990-01-01'")).isEqualTo("0");
    assertReadModelsMatchTheSourceRows();
  }
}
