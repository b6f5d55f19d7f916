package io.recova.agency.judicial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProportionalTariffTest {

  @Test
  void theWorkedExampleOfFourThousandEurosRecovered() {
    // DOMAIN.md R4.8: creditor 125 x 11.73% + 485 x 10.75% + 915 x 10.26% + 2,475 x 3.91%
    // = 14.6625 + 52.1375 + 93.879 + 96.7725 = 257.4515 -> 257.45 excluding VAT.
    assertThat(ProportionalTariff.A444_32_2024.fee(Money.of("4000.00", "EUR")))
        .isEqualTo(Money.of("257.45", "EUR"));
    // Debtor: 12.2125 + 30.7975 + 31.2015 + 7.1775 = 81.389 -> 81.39.
    assertThat(ProportionalTariff.A444_31_2024.fee(Money.of("4000.00", "EUR")))
        .isEqualTo(Money.of("81.39", "EUR"));
  }

  @Test
  void anAmountWithinTheFirstBandPaysItsRateOnly() {
    // 100 x 9.77% = 9.77.
    assertThat(ProportionalTariff.A444_31_2024.fee(Money.of("100.00", "EUR")))
        .isEqualTo(Money.of("9.77", "EUR"));
    assertThat(ProportionalTariff.A444_31_2024.fee(Money.of("0.00", "EUR")))
        .isEqualTo(Money.of("0.00", "EUR"));
  }

  @Test
  void theFeeIsCapped() {
    // A444-31 on 1,000,000: 12.2125 + 30.7975 + 31.2015 + 998,475 x 0.29% = 2,969.79 -> cap 550.
    assertThat(ProportionalTariff.A444_31_2024.fee(Money.of("1000000.00", "EUR")))
        .isEqualTo(Money.of("550.00", "EUR"));
    assertThat(ProportionalTariff.A444_32_2024.fee(Money.of("1000000.00", "EUR")))
        .isEqualTo(Money.of("5540.00", "EUR"));
  }

  @Test
  void theTariffIsInForceWithinItsValidityOnly() {
    assertThat(ProportionalTariff.A444_31_2024.inForceOn(LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(ProportionalTariff.A444_31_2024.inForceOn(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(ProportionalTariff.A444_31_2024.inForceOn(LocalDate.of(2026, 3, 1))).isFalse();
  }

  @Test
  void theTariffIsInEurosAndOnWhatWasRecovered() {
    assertThatThrownBy(() -> ProportionalTariff.A444_31_2024.fee(Money.of("100.00", "GBP")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProportionalTariff.A444_31_2024.fee(Money.of("-1.00", "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
