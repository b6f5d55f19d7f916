package io.recova.agency.kpi;

import io.recova.agency.money.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Collections and remittances of one scope, month by month over [from, to] (the first and last
 * months may be partial: only the period's days count).
 */
public record MonthlyTrend(LocalDate from, LocalDate to, UUID creditorId, String collector,
    String currency, List<Month> months) {

  /**
   * One month ({@code yyyy-MM}): collected as {@link Kpi#COLLECTED_TOTAL} defines it, remitted as
   * {@link Kpi#REMITTED} (null for a collector's scope).
   */
  @JsonbNillable
  public record Month(String month, Money collected, Money remitted) {}

  public MonthlyTrend {
    months = List.copyOf(months);
  }
}
