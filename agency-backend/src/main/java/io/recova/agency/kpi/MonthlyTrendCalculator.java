package io.recova.agency.kpi;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Month by month, what was collected and what was remitted: the same ledger movements as {@link
 * Kpi#COLLECTED_TOTAL} and {@link Kpi#REMITTED}, so that the months of a period add up to its
 * figures exactly.
 */
public final class MonthlyTrendCalculator {

  private MonthlyTrendCalculator() {}

  /** Net debits of one account and kind of movement ("account/kind") in one month. */
  public record LedgerMonth(YearMonth month, String movement, BigDecimal netDebit) {}

  /**
   * Every month the period touches, in order, quiet ones included (a chart needs its zeros).
   *
   * @param withRemittances false for a collector's scope, whose remitted figure does not exist
   */
  public static List<MonthlyTrend.Month> compute(List<LedgerMonth> rows, LocalDate from,
      LocalDate to, boolean withRemittances, Currency currency) {
    Map<YearMonth, BigDecimal> collected = new HashMap<>();
    Map<YearMonth, BigDecimal> remitted = new HashMap<>();
    for (LedgerMonth row : rows) {
      switch (row.movement()) {
        case KpiQueries.RECEIVED_IN_TRUST, KpiQueries.DECLARED_DIRECT ->
            collected.merge(row.month(), row.netDebit(), BigDecimal::add);
        case KpiQueries.PAID_OUT -> remitted.merge(row.month(), row.netDebit(), BigDecimal::add);
        default -> { }
      }
    }
    List<MonthlyTrend.Month> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(new MonthlyTrend.Month(m.toString(),
          Money.of(collected.getOrDefault(m, BigDecimal.ZERO), currency),
          withRemittances ? Money.of(remitted.getOrDefault(m, BigDecimal.ZERO), currency) : null));
    }
    return months;
  }
}
