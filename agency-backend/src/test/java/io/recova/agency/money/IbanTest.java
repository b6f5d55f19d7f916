package io.recova.agency.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.InvalidIbanException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

  private static final String FRENCH = "FR7630006000011234567890189";
  private static final String GERMAN = "DE89370400440532013000";
  private static final String BRITISH = "GB82WEST12345698765432";

  @Test
  void acceptsAValidFrenchIban() {
    Iban iban = Iban.parse(FRENCH);

    assertThat(iban.value()).isEqualTo(FRENCH);
    assertThat(iban.countryCode()).isEqualTo("FR");
  }

  @Test
  void acceptsAValidFrenchIbanWithALetterInTheAccountNumber() {
    assertThat(Iban.parse("FR1420041010050500013M02606").value())
        .isEqualTo("FR1420041010050500013M02606");
  }

  @Test
  void acceptsAValidGermanIban() {
    Iban iban = Iban.parse(GERMAN);

    assertThat(iban.value()).isEqualTo(GERMAN);
    assertThat(iban.countryCode()).isEqualTo("DE");
  }

  @Test
  void acceptsAValidBritishIbanWithLettersInTheBankCode() {
    assertThat(Iban.parse(BRITISH).value()).isEqualTo(BRITISH);
  }

  @Test
  void acceptsAnIbanWhoseCheckDigitsWereComputedHere() {
    String bban = "20041010050500013M02606";
    String computed = "FR" + checkDigits("FR", bban) + bban;

    assertThat(Iban.parse(computed).value()).isEqualTo(computed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FR76 3000 6000 0112 3456 7890 189",
        "fr76 3000 6000 0112 3456 7890 189",
        "fr7630006000011234567890189",
        "  FR76 3000 6000 0112 3456 7890 189  ",
        "FR76\t3000\t6000 0112 3456 7890 189",
        "FR76-3000-6000-0112-3456-7890-189"
      })
  void acceptsSpacesLowerCaseAndDashesAndNormalisesToTheElectronicForm(String typed) {
    assertThat(Iban.parse(typed).value()).isEqualTo(FRENCH);
    assertThat(Iban.parse(typed)).isEqualTo(Iban.parse(FRENCH));
  }

  /** French bank documents group IBANs with no-break spaces, which a copy and paste keeps. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189",
        "FR76\u202f3000\u202f6000\u202f0112\u202f3456\u202f7890\u202f189"
      })
  void acceptsAnIbanPastedWithNoBreakSpaces(String pasted) {
    assertThat(Iban.parse(pasted).value()).isEqualTo(FRENCH);
  }

  @Test
  void printsAFrenchIbanInGroupsOfFour() {
    assertThat(Iban.parse(FRENCH).forPrint()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
  }

  @Test
  void printsAGermanIbanInGroupsOfFour() {
    assertThat(Iban.parse(GERMAN).forPrint()).isEqualTo("DE89 3704 0044 0532 0130 00");
  }

  @Test
  void printsAnIbanWhoseLengthIsAMultipleOfFourWithoutATrailingSpace() {
    assertThat(Iban.parse("BE68539007547034").forPrint()).isEqualTo("BE68 5390 0754 7034");
  }

  @Test
  void printsTheSameGroupsWhateverTheWayItWasTyped() {
    assertThat(Iban.parse("gb82 west1234 56987654 32").forPrint())
        .isEqualTo("GB82 WEST 1234 5698 7654 32");
  }

  @Test
  void keepsTheElectronicFormAsItsTextualForm() {
    assertThat(Iban.parse("fr76 3000 6000 0112 3456 7890 189")).hasToString(FRENCH);
  }

  @ParameterizedTest
  @MethodSource("everySingleDigitChangeOfTheFrenchIban")
  void refusesASingleChangedDigitAsAChecksumError(String altered) {
    assertReason(altered, Reason.CHECKSUM);
  }

  static Stream<String> everySingleDigitChangeOfTheFrenchIban() {
    List<String> altered = new ArrayList<>();
    for (int position = 2; position < FRENCH.length(); position++) {
      if (!Character.isDigit(FRENCH.charAt(position))) {
        continue;
      }
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit != FRENCH.charAt(position)) {
          altered.add(
              FRENCH.substring(0, position) + digit + FRENCH.substring(position + 1));
        }
      }
    }
    return altered.stream();
  }

  @Test
  void refusesTheExampleGermanIbanWithItsLastDigitChangedAsAChecksumError() {
    assertReason("DE89370400440532013001", Reason.CHECKSUM);
  }

  @Test
  void refusesTwoSwappedDigitsAsAChecksumError() {
    assertReason("FR7630006000011234567890819", Reason.CHECKSUM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FR763000600001123456789018", // one character short
        "FR76300060000112345678901899", // one character too many
        "FR76",
        "FR",
        "F",
        "FR76300060000112345678901!9", // a character no IBAN contains
        "FR76300060000112345678901_9",
        "FR763000600001123456789018É",
        "1234567890", // no country code
        "FRXX30006000011234567890189" // letters instead of check digits
      })
  void refusesAWrongLengthOrABadCharacterAsAFormatError(String malformed) {
    assertReason(malformed, Reason.FORMAT);
  }

  /**
   * iban4j tells apart a code that is no ISO 3166 country at all (a format error, "Iban contains
   * non existing country code") from a real country that has no IBAN (an unsupported country).
   */
  @Test
  void refusesAnIbanOfANonExistentCountryAsAFormatError() {
    assertReason("XX82WEST12345698765432", Reason.FORMAT);
  }

  @Test
  void refusesAnIbanOfACountryWithoutIbansAsACountryError() {
    assertReason("US64SVBKUS6S3300958879", Reason.COUNTRY);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
  void refusesANullOrBlankIbanAsMissing(String blank) {
    assertReason(blank, Reason.MISSING);
  }

  @Test
  void explainsTheRefusalInItsMessage() {
    assertThatThrownBy(() -> Iban.parse("FR7630006000011234567890188"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check digits")
        .hasMessageContaining("FR7630006000011234567890188");
  }

  @Test
  void isEqualToAnotherIbanWithTheSameValue() {
    Iban typed = Iban.parse("de89 3704 0044 0532 0130 00");
    Iban electronic = Iban.parse(GERMAN);

    assertThat(typed).isEqualTo(electronic).hasSameHashCodeAs(electronic);
  }

  @Test
  void isNotEqualToAnotherIban() {
    assertThat(Iban.parse(FRENCH)).isNotEqualTo(Iban.parse(GERMAN)).isNotEqualTo(FRENCH);
  }

  private static void assertReason(String text, Reason expected) {
    assertThatThrownBy(() -> Iban.parse(text))
        .isInstanceOfSatisfying(
            InvalidIbanException.class, e -> assertThat(e.reason()).isEqualTo(expected));
  }

  /** ISO 13616 check digits: 98 minus the remainder of the rearranged number modulo 97. */
  private static String checkDigits(String country, String bban) {
    String rearranged = bban + country + "00";
    int remainder = 0;
    for (char c : rearranged.toCharArray()) {
      int value = Character.getNumericValue(c); // 0-9 for digits, 10-35 for letters
      remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
      remainder %= 97;
    }
    return String.format("%02d", 98 - remainder);
  }
}
