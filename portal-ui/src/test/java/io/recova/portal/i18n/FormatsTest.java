package io.recova.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final String NBSP = "\u00a0";

  @Test
  void printsPercentagesTheFrenchWay() {
    assertThat(Formats.percent(new BigDecimal("12.5"), Locale.FRENCH))
        .isEqualTo("12,50" + NBSP + "%");
    assertThat(Formats.percent(new BigDecimal("18"), Locale.FRANCE))
        .isEqualTo("18,00" + NBSP + "%");
  }

  @Test
  void printsPercentagesTheEnglishWay() {
    assertThat(Formats.percent(new BigDecimal("12.5"), Locale.ENGLISH)).isEqualTo("12.50%");
  }

  @Test
  void keepsUpToFourDecimalsOfARateAndRoundsNothingSmaller() {
    assertThat(Formats.percent(new BigDecimal("4.615"), Locale.ENGLISH)).isEqualTo("4.615%");
    assertThat(Formats.percent(new BigDecimal("0"), Locale.FRENCH)).isEqualTo("0,00" + NBSP + "%");
  }

  @Test
  void printsAmountsWithTheCurrencyWhereEachLanguagePutsIt() {
    Money amount = Money.of("1234.5", "EUR");
    assertThat(Formats.money(amount, Locale.FRENCH)).isEqualTo("1" + NBSP + "234,50" + NBSP + "€");
    assertThat(Formats.money(amount, Locale.ENGLISH)).isEqualTo("€1,234.50");
  }

  @Test
  void printsDatesDayFirstInFrenchAndSpelledOutInEnglish() {
    LocalDate date = LocalDate.of(2026, 3, 9);
    assertThat(Formats.date(date, Locale.FRENCH)).isEqualTo("09/03/2026");
    assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("Mar 9, 2026");
  }

  @Test
  void printsAnInstantAsTheDateItIsInTheAgencysZone() {
    Instant lateEvening = Instant.parse("2026-03-09T23:30:00Z");
    assertThat(Formats.date(lateEvening, ZoneId.of("Europe/Paris"), Locale.FRENCH))
        .isEqualTo("10/03/2026");
  }

  @Test
  void groupsASirenByThrees() {
    assertThat(Formats.siren("552100554")).isEqualTo("552" + NBSP + "100" + NBSP + "554");
    assertThat(Formats.siren(null)).isEmpty();
  }

  @Test
  void readsDecimalsWithAFrenchOrAnEnglishSeparatorExactly() throws ParseException {
    assertThat(Formats.decimal("12,5")).isEqualTo(new BigDecimal("12.5"));
    assertThat(Formats.decimal("12.5")).isEqualTo(new BigDecimal("12.5"));
    assertThat(Formats.decimal(" 12,50 % ")).isEqualTo(new BigDecimal("12.50"));
    assertThat(Formats.decimal("0,1")).isEqualTo(new BigDecimal("0.1"));
    assertThat(Formats.decimal("1 234,56")).isEqualTo(new BigDecimal("1234.56"));
    assertThat(Formats.decimal("")).isNull();
  }

  @Test
  void refusesTextThatIsNoNumber() {
    assertThatThrownBy(() -> Formats.decimal("douze")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> Formats.decimal("12,5,1")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> Formats.decimal("1,234.5")).isInstanceOf(ParseException.class);
  }

  @Test
  void writesADecimalBackAsTheUserWouldTypeIt() {
    assertThat(Formats.decimalInput(new BigDecimal("12.50"), Locale.FRENCH)).isEqualTo("12,5");
    assertThat(Formats.decimalInput(new BigDecimal("12.50"), Locale.ENGLISH)).isEqualTo("12.5");
    assertThat(Formats.decimalInput(null, Locale.FRENCH)).isEmpty();
  }
}
