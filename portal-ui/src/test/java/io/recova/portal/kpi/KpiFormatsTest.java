package io.recova.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.kpi.KpiUnit;
import io.recova.agency.kpi.KpiView;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A figure shows the API's value, not rounded again, in the reader's language. */
class KpiFormatsTest {

  private static String shown(KpiUnit unit, Object value, Locale locale) {
    KpiView kpi = new KpiView("X", unit, "X", value, null, "", "");
    return KpiFormats.value(kpi, locale, "—", locale.getLanguage().equals("fr")
        ? "{0} jours" : "{0} days");
  }

  @Test
  void aRateIsThePercentageOfTheApisFourDecimals() {
    assertThat(shown(KpiUnit.RATE, new BigDecimal("0.3333"), Locale.FRENCH))
        .isEqualTo("33,33\u00a0%");
    assertThat(shown(KpiUnit.RATE, new BigDecimal("0.1235"), Locale.ENGLISH)).isEqualTo("12.35%");
    assertThat(shown(KpiUnit.RATE, new BigDecimal("1.2500"), Locale.ENGLISH))
        .isEqualTo("125.00%");
  }

  @Test
  void daysKeepTheirOneDecimal() {
    assertThat(shown(KpiUnit.DAYS, new BigDecimal("12.5"), Locale.FRENCH)).isEqualTo("12,5 jours");
    assertThat(shown(KpiUnit.DAYS, new BigDecimal("20.0"), Locale.ENGLISH)).isEqualTo("20.0 days");
  }

  @Test
  void moneyAndCountsInTheReadersFormat() {
    assertThat(shown(KpiUnit.MONEY, Money.of("1234.50", "EUR"), Locale.ENGLISH))
        .isEqualTo("€1,234.50");
    assertThat(shown(KpiUnit.MONEY, Money.of("1234.50", "EUR"), Locale.FRENCH))
        .contains("234,50").endsWith("€");
    assertThat(shown(KpiUnit.COUNT, 300000L, Locale.ENGLISH)).isEqualTo("300,000");
  }

  @Test
  void aFigureThatDoesNotExistSaysSo() {
    assertThat(shown(KpiUnit.RATE, null, Locale.ENGLISH)).isEqualTo("—");
  }
}
