package io.recova.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import elemental.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the browser's chart receives: exact decimals as text, and the user's formatted figures. */
class KpiChartTest {

  @Test
  void amountsTravelAsExactDecimalStrings() {
    JsonObject config = KpiChart.config(KpiChart.Kind.BAR, "Trend", List.of("Jan", "Feb"),
        List.of(new KpiChart.Series("Collected",
            List.of(new BigDecimal("0.10"), new BigDecimal("12345678901234.57")),
            List.of("€0.10", "€12,345,678,901,234.57"), List.of("#000"))));

    JsonObject series = config.getArray("series").getObject(0);
    assertThat(config.getString("kind")).isEqualTo("bar");
    assertThat(series.getArray("values").getString(1)).isEqualTo("12345678901234.57");
    assertThat(series.getArray("values").getString(0)).isEqualTo("0.10");
    assertThat(series.getArray("formatted").getString(0)).isEqualTo("€0.10");
    assertThat(series.getString("color")).isEqualTo("#000");
  }

  @Test
  void aDoughnutGetsOneColorPerSlice() {
    JsonObject config = KpiChart.config(KpiChart.Kind.DOUGHNUT, "Stages", List.of("A", "B"),
        List.of(new KpiChart.Series("Cases", List.of(BigDecimal.ONE, BigDecimal.TEN),
            List.of("1", "10"), List.of("#111", "#222"))));

    assertThat(config.getArray("series").getObject(0).getArray("colors").length()).isEqualTo(2);
  }

  @Test
  void everyValueNeedsItsText() {
    assertThatThrownBy(() -> new KpiChart.Series("x", List.of(BigDecimal.ONE), List.of(),
        List.of("#000"))).isInstanceOf(IllegalArgumentException.class);
  }
}
