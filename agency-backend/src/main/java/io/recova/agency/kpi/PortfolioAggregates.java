package io.recova.agency.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The aggregate rows a KPI computation needs, as the database sums them for one scope and period
 * (see {@link KpiQueries}); amounts in euros. Everything else is arithmetic in {@link
 * KpiCalculator}.
 *
 * @param remitted null when the scope has no remittances of its own (a collector's)
 * @param payableAtEnd the CREDITOR_PAYABLE balance on the period's last day; null as above
 * @param heldForDebtorsAtEnd overpayments held on that day; null as above
 * @param casesByStage case counts by stage name; stages with none may be absent
 * @param daysToPayment cases closed paid in the period, grouped by days from intake to payment
 */
public record PortfolioAggregates(
    BigDecimal entrusted,
    BigDecimal collectedThroughAgency,
    BigDecimal collectedDirect,
    BigDecimal collectedOnEntrusted,
    BigDecimal remitted,
    BigDecimal payableAtEnd,
    BigDecimal heldForDebtorsAtEnd,
    Map<String, Long> casesByStage,
    long casesEnded,
    long casesEndedAmicably,
    List<DayCount> daysToPayment,
    long promisesSettled,
    long promisesKept,
    BigDecimal atRiskNearLimitation,
    BigDecimal atRiskBrokenPlans,
    BigDecimal feesExclVat,
    BigDecimal feesVat) {

  /** This many cases took this many days from intake to payment in full. */
  public record DayCount(long days, long cases) {}

  public PortfolioAggregates {
    Objects.requireNonNull(entrusted, "entrusted");
    Objects.requireNonNull(collectedThroughAgency, "collectedThroughAgency");
    Objects.requireNonNull(collectedDirect, "collectedDirect");
    Objects.requireNonNull(collectedOnEntrusted, "collectedOnEntrusted");
    Objects.requireNonNull(atRiskNearLimitation, "atRiskNearLimitation");
    Objects.requireNonNull(atRiskBrokenPlans, "atRiskBrokenPlans");
    Objects.requireNonNull(feesExclVat, "feesExclVat");
    Objects.requireNonNull(feesVat, "feesVat");
    casesByStage = Map.copyOf(casesByStage);
    daysToPayment = List.copyOf(daysToPayment);
  }
}
