package io.recova.agency.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over 15 January to 10 April 2026: 1,000 received in trust in January of which 200 bounced, 300
 * declared paid direct in March, 600 remitted in March, and a fee that the trend ignores.
 */
class MonthlyTrendCalculatorTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate FROM = LocalDate.of(2026, 1, 15);
  private static final LocalDate TO = LocalDate.of(2026, 4, 10);

  private static List<MonthlyTrendCalculator.LedgerMonth> rows() {
    return List.of(
        new MonthlyTrendCalculator.LedgerMonth(YearMonth.of(2026, 1),
            KpiQueries.RECEIVED_IN_TRUST, new BigDecimal("800.00")),
        new MonthlyTrendCalculator.LedgerMonth(YearMonth.of(2026, 3),
            KpiQueries.DECLARED_DIRECT, new BigDecimal("300.00")),
        new MonthlyTrendCalculator.LedgerMonth(YearMonth.of(2026, 3),
            KpiQueries.PAID_OUT, new BigDecimal("600.00")),
        new MonthlyTrendCalculator.LedgerMonth(YearMonth.of(2026, 3),
            "AGENCY_FEE_INCOME/FEE", new BigDecimal("-90.00")));
  }

  @Test
  void everyMonthOfThePeriodIsThereQuietOnesAtZero() {
    List<MonthlyTrend.Month> months =
        MonthlyTrendCalculator.compute(rows(), FROM, TO, true, EUR);

    assertThat(months).extracting(MonthlyTrend.Month::month)
        .containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
    assertThat(months).extracting(MonthlyTrend.Month::collected).containsExactly(
        Money.of("800.00", "EUR"), Money.of("0.00", "EUR"), Money.of("300.00", "EUR"),
        Money.of("0.00", "EUR"));
    assertThat(months).extracting(MonthlyTrend.Month::remitted).containsExactly(
        Money.of("0.00", "EUR"), Money.of("0.00", "EUR"), Money.of("600.00", "EUR"),
        Money.of("0.00", "EUR"));
  }

  @Test
  void theMonthsAddUpToThePeriodsCollectedAndRemittedFigures() {
    List<MonthlyTrend.Month> months =
        MonthlyTrendCalculator.compute(rows(), FROM, TO, true, EUR);

    assertThat(months.stream().map(MonthlyTrend.Month::collected)
        .reduce(Money.zero(EUR), Money::plus)).isEqualTo(Money.of("1100.00", "EUR"));
    assertThat(months.stream().map(MonthlyTrend.Month::remitted)
        .reduce(Money.zero(EUR), Money::plus)).isEqualTo(Money.of("600.00", "EUR"));
  }

  @Test
  void aCollectorsScopeHasNoRemittedFigure() {
    assertThat(MonthlyTrendCalculator.compute(rows(), FROM, TO, false, EUR))
        .extracting(MonthlyTrend.Month::remitted).containsOnlyNulls();
  }

  @Test
  void aPeriodWithinOneMonthIsOneMonth() {
    assertThat(MonthlyTrendCalculator.compute(List.of(), LocalDate.of(2026, 2, 3),
        LocalDate.of(2026, 2, 3), true, EUR)).extracting(MonthlyTrend.Month::month)
        .containsExactly("2026-02");
  }
}
