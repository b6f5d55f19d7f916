package io.recova.agency.judicial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchHolidaysTest {

  @Test
  void easterFallsOnTheDatesOfThePublishedCalendars() {
    assertThat(FrenchHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FrenchHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(FrenchHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(FrenchHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(FrenchHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Test
  void theMovableHolidaysFollowEaster() {
    assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
    assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 5, 14))).as("Ascension").isTrue();
    assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 5, 25))).as("Whit Monday").isTrue();
    assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday").isFalse();
  }

  @Test
  void theFixedHolidaysAreHolidaysEveryYear() {
    for (int year : new int[] {2025, 2026, 2031}) {
      assertThat(FrenchHolidays.isHoliday(LocalDate.of(year, 7, 14))).isTrue();
      assertThat(FrenchHolidays.isHoliday(LocalDate.of(year, 11, 11))).isTrue();
      assertThat(FrenchHolidays.isHoliday(LocalDate.of(year, 12, 26))).isFalse();
    }
  }

  @Test
  void weekendsAndHolidaysAreNotWorkingDays() {
    assertThat(FrenchHolidays.isWorkingDay(LocalDate.of(2026, 11, 23))).as("a Monday").isTrue();
    assertThat(FrenchHolidays.isWorkingDay(LocalDate.of(2026, 11, 21))).as("a Saturday")
        .isFalse();
    assertThat(FrenchHolidays.isWorkingDay(LocalDate.of(2026, 11, 11))).as("a Wednesday holiday")
        .isFalse();
  }
}
