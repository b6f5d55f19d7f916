package io.recova.agency.valuation;

import java.time.LocalDate;
import java.time.Year;

/** How a period's days become a fraction of a year (DOMAIN D1): actual/365 by default. */
public enum DayCount {
  /** Actual days over 365, leap year or not. */
  ACTUAL_365,
  /** Actual days over the days of the period's year (periods never straddle a year end). */
  ACTUAL_ACTUAL;

  int yearDays(LocalDate periodStart) {
    return this == ACTUAL_365 ? 365 : Year.of(periodStart.getYear()).length();
  }
}
