package io.recova.agency.casefile.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest
  @ValueSource(strings = {"05/03/2025", "5/3/2025", "05-03-2025", "05.03.2025", "2025-03-05",
      " 05/03/2025 ", "05/03/2025 00:00", "05/03/2025 00:00:00", "2025-03-05T00:00:00"})
  void readsDayFirstAndIsoDates(String cell) {
    assertThat(DateParser.parse(cell)).isEqualTo(LocalDate.of(2025, 3, 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2025", "29/02/2025", "32/01/2025", "15/13/2025", "2025-02-30",
      "03/15/2025", "15/03-2025", "mars 2025", "15/03/202", "15/03/20255"})
  void refusesWhatIsNotADateOfTheCalendar(String cell) {
    assertThatThrownBy(() -> DateParser.parse(cell))
        .isInstanceOfSatisfying(CellFormatException.class,
            e -> assertThat(e.code()).isEqualTo("date.format"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"15/03/25", "1/3/25", "15.03.25"})
  void refusesATwoDigitYearAsAmbiguous(String cell) {
    assertThatThrownBy(() -> DateParser.parse(cell))
        .isInstanceOfSatisfying(CellFormatException.class,
            e -> assertThat(e.code()).isEqualTo("date.twoDigitYear"))
        .hasMessageContaining("two-digit year");
  }

  @ParameterizedTest
  @ValueSource(strings = {"45731"})
  void explainsAnExcelSerialNumber(String cell) {
    assertThatThrownBy(() -> DateParser.parse(cell)).hasMessageContaining("serial number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"29/02/2024"})
  void acceptsALeapDay(String cell) {
    assertThat(DateParser.parse(cell)).isEqualTo(LocalDate.of(2024, 2, 29));
  }
}
