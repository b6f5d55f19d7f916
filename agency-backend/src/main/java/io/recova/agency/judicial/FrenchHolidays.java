package io.recova.agency.judicial;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The eleven public holidays of the French Labour Code (C. trav. L3133-1) observed across
 * metropolitan France. Alsace-Moselle's Good Friday and 26 December and the overseas departments'
 * abolition days are not included: a case heard there needs its deadlines checked by hand.
 */
public final class FrenchHolidays {

  private static final Set<MonthDay> FIXED = Set.of(
      MonthDay.of(1, 1),    // Jour de l'an
      MonthDay.of(5, 1),    // Fête du travail
      MonthDay.of(5, 8),    // Victoire 1945
      MonthDay.of(7, 14),   // Fête nationale
      MonthDay.of(8, 15),   // Assomption
      MonthDay.of(11, 1),   // Toussaint
      MonthDay.of(11, 11),  // Armistice
      MonthDay.of(12, 25)); // Noël

  private FrenchHolidays() {}

  public static boolean isHoliday(LocalDate day) {
    if (FIXED.contains(MonthDay.from(day))) {
      return true;
    }
    LocalDate easter = easterSunday(day.getYear());
    // Easter Monday, Ascension Thursday, Whit Monday.
    return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39))
        || day.equals(easter.plusDays(50));
  }

  /** A day on which a deadline may expire: not a Saturday, a Sunday or a public holiday. */
  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /** Easter Sunday of the Gregorian calendar (the Meeus/Jones/Butcher computus). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
