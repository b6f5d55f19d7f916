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
  /** The ledger accounts the figures read (see {@link #monthlyLedger}). */
  private static final String KPI_ACCOUNTS =
      "('TRUST_BANK', 'DIRECT_COLLECTED', 'AGENCY_FEE_INCOME', 'VAT_PAYABLE', 'REMITTED')";

  /** Ledger movements the figures read, as "account/kind of transaction" (see ledgerSql). */
  static final String RECEIVED_IN_TRUST = "TRUST_BANK/PAYMENT_RECEIVED";
  static final String DECLARED_DIRECT = "DIRECT_COLLECTED/DIRECT_PAYMENT_DECLARED";
  static final String PAID_OUT = "REMITTED/REMITTANCE";

  /** The time zone of the days of the cases by opening day (V29). */
  private static final ZoneId CASE_DAY_ZONE = ZoneId.of("Europe/Paris");

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

    boolean byOpeningDay = caseDaysApply(scope, zone);
    Date fromDay = Date.valueOf(from);
    Date toDay = Date.valueOf(to);
    Sql entrusted;
    if (byOpeningDay) {
      entrusted = caseDays(scope, "coalesce(sum(d.principal), 0)")
          .and(" where d.opened_on >= ", fromDay).and(" and d.opened_on <= ", toDay);
    } else {
      entrusted = new Sql("select coalesce(sum(c.principal_total), 0) from case_file c where ");
      entrusted.cases(scope).and("c.opened_at >= ", fromStart).and(" and c.opened_at < ", afterTo);
    }

    Sql onEntrusted;
    if (byOpeningDay && noPaymentDatedAfter(toDay)) {
      // What the cases have paid to date is what they had paid by the period's end.
      onEntrusted = caseDays(scope, "coalesce(sum(d.paid), 0)")
          .and(" where d.opened_on >= ", fromDay).and(" and d.opened_on <= ", toDay);
    } else {
      onEntrusted = new Sql("select coalesce(sum(p.amount), 0) from payment p"
          + " join case_file c on c.id = p.case_id where ");
      onEntrusted.cases(scope).and("c.opened_at >= ", fromStart)
          .and(" and c.opened_at < ", afterTo).and(" and p.value_date <= ", toDay)
          .text(" and " + NOT_REVERSED);
    }

    Map<String, BigDecimal> ledger = new HashMap<>();
    ledgerMonths.forEach(m -> ledger.merge(m.movement(), m.netDebit(), BigDecimal::add));

    BigDecimal remitted = null;
    BigDecimal payable = null;
    BigDecimal held = null;
    if (scope.hasRemittances()) {
      remitted = ledger.getOrDefault(PAID_OUT, BigDecimal.ZERO);
      // The ledger's totals per day (V26) rather than every entry since the first payment.
      Sql payableSql = new Sql("select coalesce(-sum(d.net_debit), 0) from kpi_ledger_day d"
          + " where d.account = 'CREDITOR_PAYABLE' and d.currency = " + EUR);
      scope.creditor().ifPresent(id -> payableSql.and(" and d.creditor_id = cast(", id.toString())
          .text(" as uuid)"));
      payableSql.and(" and d.value_date <= ", Date.valueOf(to));
      payable = payableSql.decimal(em);
      // Only the few payments that hold anything (V29's partial index).
      Sql heldSql = new Sql("select coalesce(sum(p.held_on_posting), 0) from payment p"
          + " where p.held_on_posting <> 0 and p.method <> 'DIRECT_TO_CREDITOR'"
          + " and p.currency = " + EUR
          + " and " + NOT_REVERSED);
      scope.creditor().ifPresent(id -> heldSql.and(" and p.creditor_id = cast(", id.toString())
          .text(" as uuid)"));
      heldSql.and(" and p.value_date <= ", Date.valueOf(to));
      held = heldSql.decimal(em);
    }

    Sql stages;
    if (byOpeningDay) {
      stages = caseDays(scope, "d.stage, sum(d.cases)").and(" where d.opened_on <= ", toDay)
          .text(" group by d.stage having sum(d.cases) <> 0");
    } else {
      stages = new Sql("select c.stage, count(*) from case_file c where ");
      stages.cases(scope).and("c.opened_at < ", afterTo).text(" group by c.stage");
    }
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

    // The case's last payment kept, from its running total (V26).
    Sql days = new Sql("select paid_off.last_paid_on - cast(c.opened_at at time zone ");
    days.param(zone.getId()).text(" as date), count(*) from case_file c"
        + " join kpi_case_paid paid_off on paid_off.case_id = c.id where ");
    days.cases(scope).text("c.stage = 'CLOSED_PAID' and paid_off.last_paid_on is not null")
        .and(" and c.stage_changed_at >= ", fromStart).and(" and c.stage_changed_at < ", afterTo)
        .text(" group by 1");
    List<PortfolioAggregates.DayCount> dayCounts = new ArrayList<>();
    for (Object[] row : days.rows(em)) {
      dayCounts.add(new PortfolioAggregates.DayCount(((Number) row[0]).longValue(),
          ((Number) row[1]).longValue()));
    }

    // Kept if the day the case's payments reached the amount (V30) is within the grace days.
    Sql promises = new Sql("select count(*), count(*) filter (where k.kept_on <= k.due_date + ")
        .param(promiseGraceDays).text(") from kpi_promise k");
    if (scope.assignedCollector().isEmpty()) {
      // The promises with their case's creditor and currency (V29): no case is read.
      promises.text(" where ");
      scope.creditor().ifPresent(id -> promises.and("k.creditor_id = cast(", id.toString())
          .text(" as uuid) and "));
    } else {
      promises.text(" join promise_to_pay pr on pr.id = k.promise_id"
          + " join case_file c on c.id = pr.case_id where ").cases(scope);
    }
    promises.text("k.case_currency = " + EUR + " and k.currency = " + EUR)
        .and(" and k.due_date >= ", Date.valueOf(from.minusDays(promiseGraceDays)))
        .and(" and k.due_date <= ", Date.valueOf(to.minusDays(promiseGraceDays)))
        .and(" and k.due_date < ", Date.valueOf(today.minusDays(promiseGraceDays)));
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
   * total of principal per case, compared with what was paid). As of today (no case opened,
   * closed or paid later), outside a collector's scope, they are the totals kept on write (V26).
   * Otherwise they are computed from the claims, what a case has paid coming from its running
   * total when its latest payment is on or before the as-of date, and from its payments up to
   * that date when not.
   */
  public List<AgedBalanceCalculator.AgeRow> ageRows(KpiScope scope, LocalDate asOf, ZoneId zone) {
    tuneForAggregates();
    Timestamp afterAsOf = startOf(asOf.plusDays(1), zone);
    Date day = Date.valueOf(asOf);
    if (scope.assignedCollector().isEmpty() && openAgeingHoldsOn(day, afterAsOf)) {
      return openAgeingRows(scope, day);
    }
    Sql sql = new Sql("with claims as (select k.due_date, k.principal, sum(k.principal) over"
        + " (partition by k.case_id order by k.due_date, k.position) as through,"
        + " case when cp.case_id is null then 0 when cp.last_value_date <= ").param(day)
        .text(" then cp.paid else (select coalesce(sum(p.amount), 0) from payment p"
            + " where p.case_id = c.id and ").and("p.value_date <= ", day)
        .text(" and " + NOT_REVERSED + ") end as paid"
            + " from case_file c join claim k on k.case_id = c.id"
            + " left join kpi_case_paid cp on cp.case_id = c.id where ");
    sql.cases(scope).and("c.opened_at < ", afterAsOf)
        .text(" and (c.stage not in " + CLOSED).and(" or c.stage_changed_at >= ", afterAsOf)
        .text(")), unpaid as (select due_date, least(principal, greatest(0, through - paid))"
            + " as unpaid from claims)"
            + " select cast(").param(day).text(" as date) - due_date, count(*), sum(unpaid)"
            + " from unpaid where unpaid > 0 group by 1");
    List<AgedBalanceCalculator.AgeRow> rows = new ArrayList<>();
    for (Object[] row : sql.rows(em)) {
      rows.add(new AgedBalanceCalculator.AgeRow(((Number) row[0]).longValue(),
          ((Number) row[1]).longValue(), new BigDecimal(row[2].toString())));
    }
    return rows;
  }

  /**
   * Whether the cases by opening day (V29) serve this reading: their days are the agency's in
   * Europe/Paris, and they cannot tell a collector's cases apart (its scope is the cases assigned
   * to it now).
   */
  private static boolean caseDaysApply(KpiScope scope, ZoneId zone) {
    return scope.assignedCollector().isEmpty() && CASE_DAY_ZONE.equals(zone.normalized());
  }

  /**
   * A query over the cases by opening day and stage (V29) of the scope, alias d: the compacted
   * totals plus the log of changes not yet moved into them, read in one snapshot. The caller adds
   * its conditions, starting with "where".
   */
  private static Sql caseDays(KpiScope scope, String select) {
    String columns = "opened_on, stage, cases, principal, paid";
    Sql sql = new Sql("select " + select + " from (select " + columns + " from kpi_case_day t"
        + " where t.currency = " + EUR);
    scope.creditor().ifPresent(id -> sql.and(" and t.creditor_id = cast(", id.toString())
        .text(" as uuid)"));
    sql.text(" union all select " + columns + " from kpi_case_day_delta g where g.currency = "
        + EUR);
    scope.creditor().ifPresent(id -> sql.and(" and g.creditor_id = cast(", id.toString())
        .text(" as uuid)"));
    return sql.text(") d");
  }

  /** Whether no payment at all has a value date after this day: one probe of an index (V26). */
  private boolean noPaymentDatedAfter(Date day) {
    return notAfter(em.createNativeQuery("select max(cp.last_value_date) from kpi_case_paid cp")
        .getSingleResult(), day, false);
  }

  /**
   * Whether the aged balance of today kept on write (V26: the open cases' claims, what each has
   * paid so far) is the one as of this date: no case opened or closed after it, no payment dated
   * after it. True for today, the dashboard's reading, unless something was dated ahead. Each
   * check is one probe of an index.
   */
  private boolean openAgeingHoldsOn(Date asOf, Timestamp afterAsOf) {
    // The latest of each, compared here: a query without parameters keeps its plan (the first
    // index entry), where "exists ... >= ?" got a generic plan that scanned the cases.
    Object[] latest = (Object[]) em.createNativeQuery("select (select max(c.opened_at)"
        + " from case_file c), (select max(c.stage_changed_at) from case_file c"
        + " where c.stage in " + CLOSED + "), (select max(cp.last_value_date)"
        + " from kpi_case_paid cp)").getSingleResult();
    return notAfter(latest[0], afterAsOf, true) && notAfter(latest[1], afterAsOf, true)
        && notAfter(latest[2], asOf, false);
  }

  /** Whether a probed latest value (null: none) is before the limit, or on it if allowed. */
  private static boolean notAfter(Object latest, java.util.Date limit, boolean strictlyBefore) {
    if (latest == null) {
      return true;
    }
    java.util.Date value = latest instanceof java.util.Date d ? d
        : latest instanceof java.time.OffsetDateTime o ? java.util.Date.from(o.toInstant())
        : latest instanceof java.time.LocalDate l ? Date.valueOf(l)
        : null;
    if (value == null) {
      throw new IllegalStateException("Unexpected probe value " + latest.getClass());
    }
    int order = value.compareTo(limit);
    return strictlyBefore ? order < 0 : order <= 0;
  }

  /**
   * The aged balance's rows from the totals kept on write, per due date (V26): the compacted
   * totals plus the log of changes not yet moved into them, read in one snapshot.
   */
  private List<AgedBalanceCalculator.AgeRow> openAgeingRows(KpiScope scope, Date asOf) {
    Sql sql = new Sql("select cast(").param(asOf).text(" as date) - a.due_date, sum(a.claims),"
        + " sum(a.unpaid) from (select t.due_date, t.claims, t.unpaid from kpi_open_ageing t"
        + " where t.currency = " + EUR);
    scope.creditor().ifPresent(id -> sql.and(" and t.creditor_id = cast(", id.toString())
        .text(" as uuid)"));
    sql.text(" union all select d.due_date, d.claims, d.unpaid from kpi_ageing_delta d"
        + " where d.currency = " + EUR);
    scope.creditor().ifPresent(id -> sql.and(" and d.creditor_id = cast(", id.toString())
        .text(" as uuid)"));
    sql.text(") a group by a.due_date having sum(a.claims) > 0");
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
    if (scope.assignedCollector().isPresent()) {
      return collectorLedgerSql(scope, from, to);
    }
    // The ledger's totals per creditor and day (V26), a few rows a day whatever the portfolio's
    // size, already netted and with a reversal under the kind it reverses.
    String month = "cast(date_trunc('month', d.value_date) as date), ";
    Sql sql = new Sql("select " + month + "d.account, d.kind, sum(d.net_debit)"
        + " from kpi_ledger_day d where d.currency = " + EUR + " and d.account in " + KPI_ACCOUNTS);
    scope.creditor().ifPresent(id -> sql.and(" and d.creditor_id = cast(", id.toString())
        .text(" as uuid)"));
    sql.and(" and d.value_date >= ", Date.valueOf(from))
        .and(" and d.value_date <= ", Date.valueOf(to))
        .text(" group by " + month + "d.account, d.kind");
    return sql;
  }

  /**
   * A collector's movements, from the entries themselves: its scope is the cases assigned to it
   * now, which the per-creditor totals cannot tell apart. A collector's few thousand cases are not
   * the creditor dashboard's 300,000, and the V21 index on the transactions' case serves them.
   */
  private static Sql collectorLedgerSql(KpiScope scope, LocalDate from, LocalDate to) {
    String month = "cast(date_trunc('month', t.value_date) as date), ";
    Sql sql = new Sql("select " + month + "e.account, coalesce(o.kind, t.kind),"
        + " sum(case e.side when 'D' then e.amount else -e.amount end)"
        + " from ledger_transaction t join ledger_entry e on e.transaction_id = t.id"
        + " left join ledger_transaction o on o.id = t.reverses_id"
        + " join case_file c on c.id = t.case_id"
        + " where e.currency = " + EUR + " and e.account in " + KPI_ACCOUNTS);
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

  /**
   * Unpaid principal of the scope's open cases, what they have paid coming from their running
   * totals (V26); the caller adds which cases.
   */
  private static Sql unpaidOfOpenCases(KpiScope scope) {
    // What each case paid probed by its key: a join made PostgreSQL hash all the running totals
    // (340,000 on 1,000,000 cases) for the few thousand cases near their limitation date.
    Sql sql = new Sql("select coalesce(sum(greatest(0, c.principal_total - coalesce((select"
        + " cp.paid from kpi_case_paid cp where cp.case_id = c.id), 0))), 0) from case_file c"
        + " where ");
    return sql.cases(scope).text("c.stage not in " + CLOSED);
  }

  /**
   * Settings for the rest of this read-only transaction only ({@code set_config(..., true)}): on a
   * portfolio of 300,000 cases, just-in-time compilation cost a quarter of a second on a single
   * aggregate, more than it saved, and the aged balance's sort of the claims spilled to disk with
   * the default 4 MB of work memory. Measured with EXPLAIN ANALYZE; see the KPI package notes.
   */
  private void tuneForAggregates() {
    // Custom plans: a prepared statement run often gets a generic plan, blind to how few rows a
    // creditor's period or a date bound selects, and the aggregates here are run often.
    em.createNativeQuery("select set_config('jit', 'off', true),"
        + " set_config('work_mem', '64MB', true),"
        + " set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
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

    Query query(EntityManager em) {
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
