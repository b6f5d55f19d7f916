package io.recova.agency.judicial;

import java.time.LocalDate;

/**
 * A procedural period in days or months, counted as the Code de procédure civile counts it: the
 * day of the act that starts it does not count (CPC 641 al. 1); a period in months ends on the day
 * of the last month with the same number, or on that month's last day when it has none (CPC 641
 * al. 2); a period that would end on a Saturday, a Sunday or a public holiday runs to the next
 * working day (CPC 642).
 */
public record ProceduralPeriod(int amount, Unit unit) {

  public enum Unit { DAYS, MONTHS }

  public ProceduralPeriod {
    if (amount <= 0 || unit == null) {
      throw new IllegalArgumentException("A period is a positive number of days or months");
    }
  }

  public static ProceduralPeriod days(int days) {
    return new ProceduralPeriod(days, Unit.DAYS);
  }

  public static ProceduralPeriod months(int months) {
    return new ProceduralPeriod(months, Unit.MONTHS);
  }

  /** The last day on which the act can be done, for a period starting with an act on {@code from}. */
  public LocalDate lastDay(LocalDate from) {
    // LocalDate.plusMonths already clamps to the month's last day, as CPC 641 al. 2 wants.
    LocalDate end = unit == Unit.DAYS ? from.plusDays(amount) : from.plusMonths(amount);
    while (!FrenchHolidays.isWorkingDay(end)) {
      end = end.plusDays(1);
    }
    return end;
  }

  @Override
  public String toString() {
    return amount + (unit == Unit.DAYS ? " day" : " month") + (amount == 1 ? "" : "s");
  }
}
