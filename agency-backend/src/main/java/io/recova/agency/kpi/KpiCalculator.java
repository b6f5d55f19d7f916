package io.recova.agency.kpi;

import io.recova.agency.casefile.Stage;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/** Computes every {@link Kpi} from a scope's {@link PortfolioAggregates}, as each is defined. */
public final class KpiCalculator {

  /** Rates are decimal fractions to four places: 0.1234 is 12.34 %. */
  static final int RATE_SCALE = 4;
  /** Day counts to one decimal. */
  static final int DAYS_SCALE = 1;

  private KpiCalculator() {}

  public static List<KpiValue> compute(PortfolioAggregates a, Currency currency) {
    List<KpiValue> out = new ArrayList<>();
    Money agency = money(a.collectedThroughAgency(), currency);
    Money direct = money(a.collectedDirect(), currency);
    out.add(KpiValue.of(Kpi.AMOUNT_ENTRUSTED, money(a.entrusted(), currency)));
    out.add(KpiValue.of(Kpi.COLLECTED_THROUGH_AGENCY, agency));
    out.add(KpiValue.of(Kpi.COLLECTED_DIRECT, direct));
    out.add(KpiValue.of(Kpi.COLLECTED_TOTAL, agency.plus(direct)));
    out.add(KpiValue.of(Kpi.RECOVERY_RATE, rate(a.collectedOnEntrusted(), a.entrusted())));
    out.add(KpiValue.of(Kpi.REMITTED,
        a.remitted() == null ? null : money(a.remitted(), currency)));
    out.add(KpiValue.of(Kpi.AWAITING_REMITTANCE,
        a.payableAtEnd() == null ? null
            : money(a.payableAtEnd().subtract(a.heldForDebtorsAtEnd()), currency)));
    List<KpiValue.StageCount> stages = List.of(Stage.values()).stream()
        .map(s -> new KpiValue.StageCount(s, a.casesByStage().getOrDefault(s.name(), 0L)))
        .toList();
    out.add(new KpiValue(Kpi.CASES_BY_STAGE,
        stages.stream().mapToLong(KpiValue.StageCount::cases).sum(), stages));
    out.add(KpiValue.of(Kpi.AMICABLE_CONVERSION_RATE,
        rate(BigDecimal.valueOf(a.casesEndedAmicably()), BigDecimal.valueOf(a.casesEnded()))));
    out.add(KpiValue.of(Kpi.AVERAGE_DAYS_TO_PAYMENT, mean(a.daysToPayment())));
    out.add(KpiValue.of(Kpi.MEDIAN_DAYS_TO_PAYMENT, median(a.daysToPayment())));
    out.add(KpiValue.of(Kpi.PROMISE_KEPT_RATE,
        rate(BigDecimal.valueOf(a.promisesKept()), BigDecimal.valueOf(a.promisesSettled()))));
    out.add(KpiValue.of(Kpi.AT_RISK_NEAR_LIMITATION, money(a.atRiskNearLimitation(), currency)));
    out.add(KpiValue.of(Kpi.AT_RISK_BROKEN_PLANS, money(a.atRiskBrokenPlans(), currency)));
    out.add(KpiValue.of(Kpi.FEES_EXCL_VAT, money(a.feesExclVat(), currency)));
    out.add(KpiValue.of(Kpi.FEES_VAT, money(a.feesVat(), currency)));
    return out;
  }

  /** part / whole to four decimals, half up; null when the whole is zero (no rate, not 0 %). */
  static BigDecimal rate(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return null;
    }
    return part.divide(whole, RATE_SCALE, RoundingMode.HALF_UP);
  }

  static BigDecimal mean(List<PortfolioAggregates.DayCount> counts) {
    long cases = counts.stream().mapToLong(PortfolioAggregates.DayCount::cases).sum();
    if (cases == 0) {
      return null;
    }
    BigDecimal days = counts.stream()
        .map(c -> BigDecimal.valueOf(c.days()).multiply(BigDecimal.valueOf(c.cases())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return days.divide(BigDecimal.valueOf(cases), DAYS_SCALE, RoundingMode.HALF_UP);
  }

  /** The middle value, or the mean of the two middle ones (exact: .0 or .5), of the day counts. */
  static BigDecimal median(List<PortfolioAggregates.DayCount> counts) {
    List<PortfolioAggregates.DayCount> sorted = counts.stream().filter(c -> c.cases() > 0)
        .sorted(Comparator.comparingLong(PortfolioAggregates.DayCount::days)).toList();
    long cases = sorted.stream().mapToLong(PortfolioAggregates.DayCount::cases).sum();
    if (cases == 0) {
      return null;
    }
    // 0-based positions of the two middle cases (the same one for an odd count).
    long lower = (cases - 1) / 2;
    long upper = cases / 2;
    long lowerDays = dayAt(sorted, lower);
    long upperDays = dayAt(sorted, upper);
    return BigDecimal.valueOf(lowerDays + upperDays)
        .divide(BigDecimal.valueOf(2), DAYS_SCALE, RoundingMode.HALF_UP);
  }

  private static long dayAt(List<PortfolioAggregates.DayCount> sorted, long position) {
    long seen = 0;
    for (PortfolioAggregates.DayCount c : sorted) {
      seen += c.cases();
      if (position < seen) {
        return c.days();
      }
    }
    throw new IllegalStateException("position beyond the count");
  }

  private static Money money(BigDecimal amount, Currency currency) {
    return Money.of(amount, currency);
  }
}
