package io.recova.reports.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

  private final DocumentFormat french = DocumentFormat.of(Locale.FRENCH);
  private final DocumentFormat english = DocumentFormat.of(Locale.ENGLISH);

  @Test
  void printsPercentagesWithTwoDecimalsAndTheLocalesSign() {
    assertThat(spaced(french.percent(new BigDecimal("12.50")))).isEqualTo("12,50 %");
    assertThat(english.percent(new BigDecimal("12.50"))).isEqualTo("12.50%");
    assertThat(spaced(french.percent(new BigDecimal("8")))).isEqualTo("8,00 %");
  }

  @Test
  void keepsThePercentSignOnTheNumbersLineInFrench() {
    assertThat(french.percent(new BigDecimal("12.50"))).doesNotContain(" ");
  }

  @Test
  void roundsHalfUpWithoutGoingThroughADouble() {
    // 0.125 has no exact double; HALF_EVEN on a double would give 0,12 or 0,13 by accident.
    assertThat(english.percent(new BigDecimal("0.125"))).isEqualTo("0.13%");
    assertThat(english.percent(new BigDecimal("33.335"))).isEqualTo("33.34%");
  }

  @Test
  void printsAmountsWithTheirCurrencyAsEachReaderWritesThem() {
    assertThat(spaced(french.money(Money.of("1200.00", "EUR")))).isEqualTo("1 200,00 €");
    assertThat(english.money(Money.of("1200.00", "EUR"))).isEqualTo("€1,200.00");
    assertThat(spaced(french.money(Money.of("0", "EUR")))).isEqualTo("0,00 €");
    assertThat(english.money(Money.of("1234567.50", "USD"))).isEqualTo("$1,234,567.50");
  }

  @Test
  void keepsAnAmountAndItsCurrencyOnOneLine() {
    assertThat(french.money(Money.of("12345.67", "EUR"))).doesNotContain(" ");
  }

  @Test
  void printsDatesAsFrenchOrEnglishReadersExpect() {
    LocalDate date = LocalDate.of(2026, 3, 9);
    assertThat(french.date(date)).isEqualTo("09/03/2026");
    assertThat(english.date(date)).isEqualTo("9 Mar 2026");
  }

  @Test
  void groupsASirenByThree() {
    assertThat(DocumentFormat.siren("552100554")).isEqualTo("552 100 554");
    assertThat(DocumentFormat.siren("552 100 554")).isEqualTo("552 100 554");
    assertThat(DocumentFormat.siren("B 552 100")).isEqualTo("B 552 100");
  }

  private static String spaced(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }
}
