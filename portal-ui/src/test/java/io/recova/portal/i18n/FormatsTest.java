package io.recova.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void printsPercentagesTheFrenchWay() {
    assertThat(Formats.percent(new BigDecimal("12.5"), Locale.FRENCH)).isEqualTo("12,50\u00a0%");
  }

  @Test
  void printsPercentagesTheEnglishWay() {
    assertThat(Formats.percent(new BigDecimal("12.5"), Locale.ENGLISH)).isEqualTo("12.50%");
  }

  @Test
  void printsDatesForTheLanguage() {
    LocalDate date = LocalDate.of(2026, 3, 9);
    assertThat(Formats.date(date, Locale.FRENCH)).isEqualTo("09/03/2026");
    assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("Mar 9, 2026");
  }

  @Test
  void readsDecimalsWithAFrenchOrAnEnglishSeparatorWithoutRounding() throws ParseException {
    assertThat(Formats.decimal("12,5")).isEqualByComparingTo("12.5");
    assertThat(Formats.decimal("12.5")).isEqualByComparingTo("12.5");
    assertThat(Formats.decimal(" 1 234,56 ")).isEqualByComparingTo("1234.56");
    assertThat(Formats.decimal("0,1")).isEqualTo(new BigDecimal("0.1"));
    assertThat(Formats.decimal("")).isNull();
  }

  @Test
  void refusesTextThatIsNoNumber() {
    assertThatThrownBy(() -> Formats.decimal("douze")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> Formats.decimal("12,5,1")).isInstanceOf(ParseException.class);
  }
}
