package io.recova.agency.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The costs owed on a day: those that arose on or before it, whatever order they were read in. */
class DatedCostsTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private final DatedCosts costs = new DatedCosts(EUR, List.of(
      new DatedCosts.Cost(LocalDate.of(2026, 5, 10), Money.of("120.00", "EUR")),
      new DatedCosts.Cost(LocalDate.of(2026, 3, 1), Money.of("35.50", "EUR")),
      new DatedCosts.Cost(LocalDate.of(2026, 5, 10), Money.of("1500.00", "EUR"))));

  @Test
  void nothingIsOwedBeforeTheFirstCost() {
    assertThat(costs.owedOn(LocalDate.of(2026, 2, 28))).isEqualTo(Money.of("0.00", "EUR"));
  }

  @Test
  void aCostIsOwedFromItsOwnDay() {
    assertThat(costs.owedOn(LocalDate.of(2026, 3, 1))).isEqualTo(Money.of("35.50", "EUR"));
    assertThat(costs.owedOn(LocalDate.of(2026, 5, 9))).isEqualTo(Money.of("35.50", "EUR"));
  }

  @Test
  void costsOfTheSameDayAddUp() {
    assertThat(costs.owedOn(LocalDate.of(2026, 5, 10))).isEqualTo(Money.of("1655.50", "EUR"));
    assertThat(costs.owedOn(LocalDate.of(2030, 1, 1))).isEqualTo(Money.of("1655.50", "EUR"));
  }

  @Test
  void noCostsOweZeroInTheCaseCurrency() {
    assertThat(new DatedCosts(EUR, List.of()).owedOn(LocalDate.of(2026, 1, 1)))
        .isEqualTo(Money.zero(EUR));
  }
}
