package io.recova.agency.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void holdsEurosToTheCent() {
    assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
  }

  @Test
  void refusesMoreDecimalsThanTheCurrencyHas() {
    assertThatThrownBy(() -> Money.of("12.345", "EUR")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void roundsAProductHalfUpOnlyWhenAsked() {
    Money amount = Money.of("10.05", "EUR");
    assertThat(amount.times(new BigDecimal("0.5"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("5.03", "EUR"));
    assertThat(amount.times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("5.02", "EUR"));
  }

  @Test
  void refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "USD")))
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
  }

  @Test
  void addsAndSubtractsExactly() {
    Money total = Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"));
    assertThat(total).isEqualTo(Money.of("0.30", "EUR"));
    assertThat(total.minus(Money.of("0.30", "EUR")).isZero()).isTrue();
  }

  @Test
  void yenHasNoDecimals() {
    assertThat(Money.of("1200", "JPY").amount().scale()).isZero();
  }
}
