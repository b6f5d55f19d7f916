package io.recova.agency.remittance;

import io.recova.agency.mandate.RemittanceFrequency;
import java.time.LocalDate;

/**
 * When a creditor's remittance falls due, by the frequency its mandate agreed (R124-3 4°): a
 * weekly creditor on every run, a monthly one on a month's last day, a quarterly one on the last
 * day of March, June, September and December.
 */
public final class RemittanceCalendar {

  private RemittanceCalendar() {}

  public static boolean isDue(RemittanceFrequency frequency, LocalDate periodEnd) {
    boolean monthEnd = periodEnd.getDayOfMonth() == periodEnd.lengthOfMonth();
    return switch (frequency) {
      case WEEKLY -> true;
      case MONTHLY -> monthEnd;
      case QUARTERLY -> monthEnd && periodEnd.getMonthValue() % 3 == 0;
    };
  }
}
