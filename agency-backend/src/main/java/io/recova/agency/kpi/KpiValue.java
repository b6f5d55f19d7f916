package io.recova.agency.kpi;

import io.recova.agency.casefile.Stage;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One KPI's figure: a {@link Money} for MONEY, a {@link BigDecimal} for RATE and DAYS, a {@link
 * Long} for COUNT (with its breakdown by stage); null when the figure does not exist (a rate with
 * nothing to divide by, a remittance figure for a collector).
 */
public record KpiValue(Kpi kpi, Object value, List<StageCount> breakdown) {

  /** Cases at one stage. */
  public record StageCount(Stage stage, long cases) {}

  public KpiValue {
    Objects.requireNonNull(kpi, "kpi");
    breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
    if (value != null) {
      Class<?> expected = switch (kpi.unit()) {
        case MONEY -> Money.class;
        case RATE, DAYS -> BigDecimal.class;
        case COUNT -> Long.class;
      };
      if (!expected.isInstance(value)) {
        throw new IllegalArgumentException(kpi + " takes a " + expected.getSimpleName());
      }
    }
  }

  public static KpiValue of(Kpi kpi, Object value) {
    return new KpiValue(kpi, value, List.of());
  }

  /** The figure as a plain number (an amount without its currency), or null. */
  public BigDecimal number() {
    if (value instanceof Money m) {
      return m.amount();
    }
    if (value instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    return (BigDecimal) value;
  }
}
