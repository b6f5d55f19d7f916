package io.recova.agency.casefile.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1 234,56|1234.56",
      "1\u00A0234,56|1234.56", // no-break space, as French Excel groups thousands
      "1\u202F234,56|1234.56", // narrow no-break space, as recent locales do
      "1234,56|1234.56",
      "1234.56|1234.56",
      "1.234,56|1234.56",
      "1,234.56|1234.56",
      "1 234 567,89|1234567.89",
      "1.234.567|1234567",
      "1,234,567|1234567",
      "1234|1234",
      "1234,50 €|1234.50",
      "€1234,50|1234.50",
      "EUR 99,90|99.90",
      "99,90 eur|99.90",
      "-12,00|-12.00",
      "- 12,00 €|-12.00",
      "+5|5",
      "0,00|0.00",
      "0|0",
  })
  void readsFrenchAndEnglishAmounts(String cell, String expected) {
    assertThat(AmountParser.parse(cell)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,234", "1.234"})
  void readsALoneSeparatorBeforeThreeDigitsAsDecimal(String cell) {
    // Ambiguous; three decimals, which the case rules refuse for euros (see AmountParser).
    assertThat(AmountParser.parse(cell)).isEqualTo(new BigDecimal("1.234"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "12,34,5", "1.23.45", "12 34,56", "1,2,3.4", "12€34", "1e5",
      "(12,00)", ",5", "12,", "1 234,56,7", "--3", "=1+1"})
  void refusesWhatIsNotAnAmount(String cell) {
    assertThatThrownBy(() -> AmountParser.parse(cell))
        .isInstanceOfSatisfying(CellFormatException.class,
            e -> assertThat(e.code()).isEqualTo("number.format"))
        .hasMessageContaining(cell.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\u00A0"})
  void aBlankCellIsNoAmount(String cell) {
    assertThat(AmountParser.parse(cell.isBlank() ? cell : CellText.clean(cell))).isNull();
  }
}
