package io.recova.agency.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate SQL behind the KPIs and the aged balance: each query sums or counts in the
 * database and returns a handful of rows, whatever the portfolio's size. What each sum means is
 * written in {@link Kpi} and {@link AgeBucket}; the indexes that serve them are in migration V21.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KpiQueries {

  private static final String CLOSED =
      "('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE', 'RETURNED_TO_CLIENT')";
  private static final String NOT_REVERSED =
      "not exists (select 1 from payment_reversal r where r.payment_id = p.id)";
  private static final String EUR = "'EUR'";

  /** Ledger movements the figures read, as "account/kind of transaction" (see ledgerSql). */
  static final String RECEIVED_IN_TRUST = "TRUST_BANK/PAYMENT_RECEIVED";
  static final String DECLARED_DIRECT = "DIRECT_COLLECTED/DIRECT_PAYMENT_DECLARED";
  static final String PAID_OUT = "REMITTED/REMITTANCE";

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  /**
   * @param ledgerMonths the scope's {@link #monthlyLedger} over the same period, whose sums are the
   *     money figures: the monthly trend adds up to them by construction
   */
  public PortfolioAggregates aggregates(KpiScope scope, LocalDate from, LocalDate to,
      LocalDate today, ZoneId zone, int promiseGraceDays,
      List<MonthlyTrendCalculator.LedgerMonth> ledgerMonths) {
    tuneForAggregates();
    Timestamp fromStart = startOf(from, zone);
    Timestamp afterTo = startOf(to.plusDays(1), zone);

    Sql entrusted = new Sql("select coalesce(sum(c.principal_total), 0) from case_file c where ");
    entrusted.cases(scope).and("c.opened_at >= ", fromStart).and(" and c.opened_at < ", afterTo);

    Sql onEntrusted = new Sql("select coalesce(sum(p.amount), 0) from payment p"
        + " join case_file c on c.id = p.case_id where ");
    onEntrusted.cases(scope).and("c.opened_at >= ", fromStart).and(" and c.opened_at < ", afterTo)
        .and(" and p.value_date <= ", Date.valueOf(to)).text(" and " + NOT_REVERSED);

    Map<String, BigDecimal> ledger = new HashMap<>();
    ledgerMonths.forEach(m -> ledger.merge(m.movement(), m.netDebit(), BigDecimal::add));

    BigDecimal remitted = null;
    BigDecimal payable = null;
    BigDecimal held = null;
    if (scope.hasRemittances()) {
      remitted = ledger.getOrDefault(PAID_OUT, BigDecimal.ZERO);
      Sql payableSql = new Sql("select coalesce(sum(case e.side when 'C' then e.amount"
          + " else -e.amount end), 0) from ledger_transaction t"
          + " join ledger_entry e on e.transaction_id = t.id"
          + " where e.account = 'CREDITOR_PAYABLE' and e.currency = " + EUR);
      scope.creditor().ifPresent(id -> payableSql.and(" and t.creditor_id = cast(", id.toString())
          .text(" as uuid)"));
      payableSql.and(" and t.value_date <= ", Date.valueOf(to));
      payable = payableSql.decimal(em);
      Sql heldSql = new Sql("select coalesce(sum(p.held_on_posting), 0) from payment p"
          + " where p.method <> 'DIRECT_TO_CREDITOR' and p.currency = " + EUR
          + " and " + NOT_REVERSED);
      scope.creditor().ifPresent(id -> heldSql.and(" and p.creditor_id = cast(", id.toString())
          .text(" as uuid)"));
      heldSql.and(" and p.value_date <= ", Date.valueOf(to));
      held = heldSql.decimal(em);
    }

    Sql stages = new Sql("select c.stage, count(*) from case_file c where ");
    stages.cases(scope).and("c.opened_at < ", afterTo).text(" group by c.stage");
    Map<String, Long> byStage = new HashMap<>();
    for (Object[] row : stages.rows(em)) {
      byStage.put(row[0].toString(), ((Number) row[1]).longValue());
    }

    Sql ended = new Sql("select count(*), count(*) filter (where c.stage in ('CLOSED_PAID',"
        + " 'CLOSED_SETTLED') and not exists (select 1 from judicial_proceeding j"
        + " where j.case_id = c.id) and not exists (select 1 from case_event ev"
        + " where ev.case_id = c.id and ev.to_stage in ('JUDICIAL', 'ENFORCEMENT')))"
        + " from case_file c where ");
    ended.cases(scope).text("c.stage in " + CLOSED).and(" and c.stage_changed_at >= ", fromStart)
        .and(" and c.stage_changed_at < ", afterTo);
    Object[] endedRow = ended.rows(em).get(0);

    Sql days = new Sql("select paid_off.value_date - cast(c.opened_at at time zone ");
    days.param(zone.getId()).text(" as date), count(*) from case_file c"
        + " join lateral (select max(p.value_date) as value_date from payment p"
        + " where p.case_id = c.id and " + NOT_REVERSED + ") paid_off on true where ");
    days.cases(scope).text("c.stage = 'CLOSED_PAID' and paid_off.value_date is not null")
        .and(" and c.stage_changed_at >= ", fromStart).and(" and c.stage_changed_at < ", afterTo)
        .text(" group by 1");
    List<PortfolioAggregates.DayCount> dayCounts = new ArrayList<>();
    for (Object[] row : days.rows(em)) {
      dayCounts.add(new PortfolioAggregates.DayCount(((Number) row[0]).longValue(),
          ((Number) row[1]).longValue()));
    }

    Sql promises = new Sql("select count(*), count(*) filter (where kept) from (select"
        + " pr.amount <= coalesce((select sum(p.amount) from payment p where p.case_id = pr.case_id"
        + " and p.value_date >= pr.promised_on and p.value_date <= pr.due_date + ");
    promises.param(promiseGraceDays).text(" and " + NOT_REVERSED + "), 0) as kept"
        + " from promise_to_pay pr join case_file c on c.id = pr.case_id where ");
    promises.cases(scope).text("pr.currency = " + EUR)
        .and(" and pr.due_date >= ", Date.valueOf(from.minusDays(promiseGraceDays)))
        .and(" and pr.due_date <= ", Date.valueOf(to.minusDays(promiseGraceDays)))
        .and(" and pr.due_date < ", Date.valueOf(today.minusDays(promiseGraceDays)))
        .text(") settled");
    Object[] promiseRow = promises.rows(em).get(0);

    Sql nearLimitation = unpaidOfOpenCases(scope);
    nearLimitation.and(" and c.limitation_date >= ", Date.valueOf(to))
        .and(" and c.limitation_date <= ", Date.valueOf(to.plusDays(Kpi.NEAR_LIMITATION_DAYS)));
    Sql brokenPlans = unpaidOfOpenCases(scope);
    brokenPlans.text(" and exists (select 1 from payment_plan pl where pl.case_id = c.id"
        + " and pl.status = 'BREACHED'").and(" and pl.breached_on <= ", Date.valueOf(to))
        .text(" and not exists (select 1 from payment_plan later where later.case_id = c.id"
            + " and later.created_at > pl.created_at))");

    return new PortfolioAggregates(
        entrusted.decimal(em),
        ledger.getOrDefault(RECEIVED_IN_TRUST, BigDecimal.ZERO),
        ledger.getOrDefault(DECLARED_DIRECT, BigDecimal.ZERO),
        onEntrusted.decimal(em),
        remitted, payable, held,
        byStage,
        ((Number) endedRow[0]).longValue(), ((Number) endedRow[1]).longValue(),
        dayCounts,
        ((Number) promiseRow[0]).longValue(), ((Number) promiseRow[1]).longValue(),
        nearLimitation.decimal(em), brokenPlans.decimal(em),
        sumOf(ledger, "AGENCY_FEE_INCOME/").negate(),
        sumOf(ledger, "VAT_PAYABLE/").negate());
  }

  /** The collectors that have cases assigned, by name. */
  @SuppressWarnings("unchecked")
  public List<String> collectors() {
    return em.createNativeQuery("select distinct c.assigned_collector from case_file c"
        + " where c.assigned_collector is not null order by 1").getResultList();
  }

  /**
   * The aged balance's rows: unpaid claims of the cases open on the as-of date, grouped by days
   * past due. Payments up to that date go to the case's claims oldest due date first (a running
   * total of principal per case, compared with what was paid).
   */
  public List<AgedBalanceCalculator.AgeRow> ageRows(KpiScope scope, LocalDate asOf, ZoneId zone) {
    tuneForAggregates();
    Timestamp afterAsOf = startOf(asOf.plusDays(1), zone);
    Sql sql = new Sql("with scoped as (select c.id from case_file c where ");
    sql.cases(scope).and("c.opened_at < ", afterAsOf)
        .text(" and (c.stage not in " + CLOSED).and(" or c.stage_changed_at >= ", afterAsOf)
        .text(")), paid as (select p.case_id, sum(p.amount) as paid from payment p"
            + " join scoped s on s.id = p.case_id where ")
        .and("p.value_date <= ", Date.valueOf(asOf)).text(" and " + NOT_REVERSED
            + " group by p.case_id),"
            + " claims as (select k.due_date, k.principal, sum(k.principal) over (partition by"
            + " k.case_id order by k.due_date, k.position) as through, coalesce(paid.paid, 0) as paid"
            + " from claim k join scoped s on s.id = k.case_id"
            + " left join paid on paid.case_id = k.case_id),"
            + " unpaid as (select due_date, least(principal, greatest(0, through - paid)) as unpaid"
            + " from claims)"
            + " select cast(").param(Date.valueOf(asOf)).text(" as date) - due_date, count(*),"
            + " sum(unpaid)"
            + " from unpaid where unpaid > 0 group by 1");
    List<AgedBalanceCalculator.AgeRow> rows = new ArrayList<>();
    for (Object[] row : sql.rows(em)) {
      rows.add(new AgedBalanceCalculator.AgeRow(((Number) row[0]).longValue(),
          ((Number) row[1]).longValue(), new BigDecimal(row[2].toString())));
    }
    return rows;
  }

  /**
   * Net debits (debits less credits) per month of value date, account and kind of movement in the
   * period, a reversal counting under the kind of the transaction it reverses:
   * "TRUST_BANK/PAYMENT_RECEIVED" is what came into the trust account less what was reversed.
   * Months without movement are absent.
   */
  public List<MonthlyTrendCalculator.LedgerMonth> monthlyLedger(KpiScope scope, LocalDate from,
      LocalDate to) {
    tuneForAggregates();
    List<MonthlyTrendCalculator.LedgerMonth> rows = new ArrayList<>();
    for (Object[] row : ledgerSql(scope, from, to).rows(em)) {
      LocalDate firstDay = row[0] instanceof Date d ? d.toLocalDate()
          : LocalDate.parse(row[0].toString().substring(0, 10));
      rows.add(new MonthlyTrendCalculator.LedgerMonth(YearMonth.from(firstDay),
          row[1] + "/" + row[2], new BigDecimal(row[3].toString())));
    }
    return rows;
  }

  private static Sql ledgerSql(KpiScope scope, LocalDate from, LocalDate to) {
    String month = "cast(date_trunc('month', t.value_date) as date), ";
    Sql sql = new Sql("select " + month + "e.account, coalesce(o.kind, t.kind),"
        + " sum(case e.side when 'D' then e.amount else -e.amount end)"
        + " from ledger_transaction t join ledger_entry e on e.transaction_id = t.id"
        + " left join ledger_transaction o on o.id = t.reverses_id");
    if (scope.assignedCollector().isPresent()) {
      sql.text(" join case_file c on c.id = t.case_id");
    }
    sql.text(" where e.currency = " + EUR + " and e.account in ('TRUST_BANK', 'DIRECT_COLLECTED',"
        + " 'AGENCY_FEE_INCOME', 'VAT_PAYABLE', 'REMITTED')");
    scope.creditor().ifPresent(id -> sql.and(" and t.creditor_id = cast(", id.toString())
        .text(" as uuid)"));
    scope.assignedCollector().ifPresent(name -> sql.and(" and c.assigned_collector = ", name));
    sql.and(" and t.value_date >= ", Date.valueOf(from))
        .and(" and t.value_date <= ", Date.valueOf(to))
        .text(" group by " + month + "e.account, coalesce(o.kind, t.kind)");
    return sql;
  }

  private static BigDecimal sumOf(Map<String, BigDecimal> ledger, String accountPrefix) {
    return ledger.entrySet().stream().filter(e -> e.getKey().startsWith(accountPrefix))
        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Unpaid principal of the scope's open cases; the caller adds which ones. */
  private static Sql unpaidOfOpenCases(KpiScope scope) {
    Sql sql = new Sql("select coalesce(sum(greatest(0, c.principal_total - coalesce((select"
        + " sum(p.amount) from payment p where p.case_id = c.id and " + NOT_REVERSED
        + "), 0))), 0) from case_file c where ");
    return sql.cases(scope).text("c.stage not in " + CLOSED);
  }

  /**
   * Settings for the rest of this read-only transaction only ({@code set_config(..., true)}): on a
   * portfolio of 300,000 cases, just-in-time compilation cost a quarter of a second on a single
   * aggregate, more than it saved, and the aged balance's sort of the claims spilled to disk with
   * the default 4 MB of work memory. Measured with EXPLAIN ANALYZE; see the KPI package notes.
   */
  private void tuneForAggregates() {
    em.createNativeQuery("select set_config('jit', 'off', true),"
        + " set_config('work_mem', '64MB', true)").getSingleResult();
  }

  private static Timestamp startOf(LocalDate day, ZoneId zone) {
    return Timestamp.from(day.atStartOfDay(zone).toInstant());
  }

  /** A native query built with positional parameters, so that nothing is ever inlined. */
  private static final class Sql {
    private final StringBuilder text;
    private final List<Object> params = new ArrayList<>();

    Sql(String start) {
      this.text = new StringBuilder(start);
    }

    Sql text(String more) {
      text.append(more);
      return this;
    }

    Sql param(Object value) {
      params.add(value);
      text.append('?').append(params.size());
      return this;
    }

    Sql and(String before, Object value) {
      return text(before).param(value);
    }

    /** The case conditions of the scope (alias c), each followed by "and". */
    Sql cases(KpiScope scope) {
      text("c.currency = " + EUR + " and ");
      scope.creditor().ifPresent(id -> and("c.creditor_id = cast(", id.toString())
          .text(" as uuid) and "));
      scope.assignedCollector().ifPresent(name -> and("c.assigned_collector = ", name)
          .text(" and "));
      return this;
    }

    private Query query(EntityManager em) {
      Query q = em.createNativeQuery(text.toString());
      for (int i = 0; i < params.size(); i++) {
        q.setParameter(i + 1, params.get(i));
      }
      return q;
    }

    BigDecimal decimal(EntityManager em) {
      Object v = query(em).getSingleResult();
      return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em) {
      List<?> rows = query(em).getResultList();
      return rows.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }
  }
}
