package io.recova.agency.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VatRateTableTest {

  private static final VatRateTable TABLE =
      VatRateTable.of(Map.of(LocalDate.of(2000, 4, 1), new BigDecimal("19.60"),
          LocalDate.of(2014, 1, 1), new BigDecimal("20.00")));

  @Test
  void aRateAppliesFromItsFirstDayUntilTheNextOne() {
    assertThat(TABLE.percentOn(LocalDate.of(2013, 12, 31))).isEqualByComparingTo("19.60");
    assertThat(TABLE.percentOn(LocalDate.of(2014, 1, 1))).isEqualByComparingTo("20.00");
    assertThat(TABLE.percentOn(LocalDate.of(2026, 11, 23))).isEqualByComparingTo("20.00");
  }

  @Test
  void aDayBeforeTheFirstRateHasNone() {
    assertThatThrownBy(() -> TABLE.percentOn(LocalDate.of(2000, 3, 31)))
        .isInstanceOf(MissingVatRateException.class);
  }

  @Test
  void aRateOutsideZeroToHundredIsRefused() {
    assertThatThrownBy(() -> VatRateTable.of(Map.of(LocalDate.of(2014, 1, 1),
        new BigDecimal("-1")))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VatRateTable.of(Map.of(LocalDate.of(2014, 1, 1),
        new BigDecimal("100")))).isInstanceOf(IllegalArgumentException.class);
  }
}
