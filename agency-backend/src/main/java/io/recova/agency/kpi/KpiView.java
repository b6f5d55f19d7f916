package io.recova.agency.kpi;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;
import java.util.Locale;

/**
 * One KPI as the API shows it: its code, unit, label and definition in the reader's language, its
 * formula, and its value ({@code {"amount", "currency"}} for money, a decimal for a rate or days,
 * a whole number for a count; {@code null} when the figure does not exist, see the definition).
 */
@JsonbNillable
public record KpiView(String code, KpiUnit unit, String label,
    @JsonbTypeSerializer(KpiFigureJson.class) Object value,
    List<StageCountView> breakdown, String definition, String formula) {

  /** Cases at one stage, for CASES_BY_STAGE. */
  public record StageCountView(String stage, long cases) {}

  static KpiView of(KpiValue v, Locale locale) {
    return new KpiView(v.kpi().name(), v.kpi().unit(), v.kpi().label(locale), v.value(),
        v.kpi().unit() == KpiUnit.COUNT
            ? v.breakdown().stream()
                .map(s -> new StageCountView(s.stage().name(), s.cases())).toList()
            : null,
        v.kpi().definition(locale), v.kpi().formula());
  }
}
