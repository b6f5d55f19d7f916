package io.recova.agency.kpi;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.mandate.CreditorClientRepository;
import io.recova.agency.money.Money;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The KPIs and the aged balance for the caller's scope. A client user gets its own creditor's,
 * always: naming another creditor is "not found" (and audited), as everywhere in the API, and the
 * per-collector figures are the agency's own (403). A collector gets the cases assigned to it (it
 * may narrow them to one creditor; another collector's figures are a manager's business, 403).
 * Managers and admins choose: the agency, one creditor, one collector, or both.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class Kpis {

  private static final Logger LOG = Logger.getLogger(Kpis.class.getName());
  private static final Currency EUR = Currency.getInstance("EUR");

  @Inject CurrentCaller currentCaller;
  @Inject CreditorClientRepository creditors;
  @Inject KpiQueries queries;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The same grace as the promise book's, so that a promise is kept here when it is there. */
  @Inject
  @ConfigProperty(name = "RECOVA_PROMISE_GRACE_DAYS", defaultValue = "3")
  int promiseGraceDays;

  public KpiReport kpis(LocalDate from, LocalDate to, UUID creditorId, String collector,
      Locale locale) {
    return overview(from, to, creditorId, collector, locale).kpis();
  }

  /** Collections and remittances month by month over the period, in the same scope as the KPIs. */
  public MonthlyTrend monthlyTrend(LocalDate from, LocalDate to, UUID creditorId,
      String collector) {
    checkPeriod(from, to);
    KpiScope scope = scopeOf(currentCaller.get(), creditorId, collector);
    return trend(scope, from, to, queries.monthlyLedger(scope, from, to));
  }

  private static MonthlyTrend trend(KpiScope scope, LocalDate from, LocalDate to,
      List<MonthlyTrendCalculator.LedgerMonth> ledger) {
    return new MonthlyTrend(from, to, scope.creditorId(), scope.collector(),
        EUR.getCurrencyCode(),
        MonthlyTrendCalculator.compute(ledger, from, to, scope.hasRemittances(), EUR));
  }

  /**
   * The KPIs and their monthly trend together, as a dashboard shows them: the ledger is read once
   * for both, month by month, and the KPIs' money figures are the months' sums.
   */
  public KpiOverview overview(LocalDate from, LocalDate to, UUID creditorId, String collector,
      Locale locale) {
    checkPeriod(from, to);
    KpiScope scope = scopeOf(currentCaller.get(), creditorId, collector);
    List<MonthlyTrendCalculator.LedgerMonth> ledger = queries.monthlyLedger(scope, from, to);
    PortfolioAggregates aggregates = queries.aggregates(scope, from, to, LocalDate.now(clock),
        clock.getZone(), promiseGraceDays, ledger);
    List<KpiView> views = KpiCalculator.compute(aggregates, EUR).stream()
        .map(v -> KpiView.of(v, locale)).toList();
    return new KpiOverview(
        new KpiReport(from, to, scope.creditorId(), scope.collector(), EUR.getCurrencyCode(),
            views),
        trend(scope, from, to, ledger));
  }

  /**
   * The collectors a manager may choose for per-collector figures: those with cases assigned, by
   * name. Managers and admins only.
   */
  public List<String> collectors() {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !(caller.has(Role.MANAGER) || caller.has(Role.ADMIN))) {
      throw new ForbiddenException("Figures per collector are for the agency's managers");
    }
    return queries.collectors();
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    List<FieldViolation> bad = new ArrayList<>();
    if (from == null) {
      bad.add(new FieldViolation("from", "kpi.from", "Say the period's first day (yyyy-MM-dd)"));
    }
    if (to == null) {
      bad.add(new FieldViolation("to", "kpi.to", "Say the period's last day (yyyy-MM-dd)"));
    }
    if (from != null && to != null && from.isAfter(to)) {
      bad.add(new FieldViolation("to", "kpi.period",
          "The period's last day " + to + " is before its first day " + from));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
  }

  /** The aged balance on a day: today when none is given. */
  public AgedBalanceReport agedBalance(LocalDate asOf, UUID creditorId, String collector,
      Locale locale) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    KpiScope scope = scopeOf(currentCaller.get(), creditorId, collector);
    List<AgedBalanceCalculator.BucketTotal> totals =
        AgedBalanceCalculator.compute(queries.ageRows(scope, day, clock.getZone()), EUR);
    List<AgedBalanceReport.Bucket> buckets = totals.stream()
        .map(t -> new AgedBalanceReport.Bucket(t.bucket().name(), t.bucket().label(locale),
            t.claims(), t.amount()))
        .toList();
    return new AgedBalanceReport(day, scope.creditorId(), scope.collector(),
        AgeBucket.definition(locale), buckets,
        totals.stream().mapToLong(AgedBalanceCalculator.BucketTotal::claims).sum(),
        totals.stream().map(AgedBalanceCalculator.BucketTotal::amount)
            .reduce(Money.zero(EUR), Money::plus));
  }

  private KpiScope scopeOf(Caller caller, UUID creditorId, String collector) {
    String named = collector == null || collector.isBlank() ? null : collector.strip();
    if (caller.isCreditorScoped()) {
      UUID own = caller.creditorId()
          .orElseThrow(() -> new ForbiddenException("This account is not bound to a creditor"));
      if (creditorId != null && !creditorId.equals(own)) {
        LOG.warning(() -> caller + " asked for the KPIs of creditor " + creditorId);
        audit.record(caller, "kpi.access-refused", "CreditorClient", creditorId, null, null);
        throw new NotFoundException("Creditor client", creditorId);
      }
      if (named != null) {
        throw new ForbiddenException("Figures per collector are the agency's own");
      }
      return new KpiScope(own, null);
    }
    if (!caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff and creditor clients read KPIs");
    }
    if (creditorId != null && creditors.find(creditorId).isEmpty()) {
      throw new NotFoundException("Creditor client", creditorId);
    }
    if (caller.has(Role.MANAGER) || caller.has(Role.ADMIN)) {
      return new KpiScope(creditorId, named);
    }
    if (named != null && !named.equals(caller.username())) {
      throw new ForbiddenException("A collector reads its own figures; managers read others'");
    }
    return new KpiScope(creditorId, caller.username());
  }
}
