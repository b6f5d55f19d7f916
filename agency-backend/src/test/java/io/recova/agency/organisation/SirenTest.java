package io.recova.agency.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

  private static final List<String> VALID = List.of("732829320", "542051180", "552100554");

  @ParameterizedTest
  @ValueSource(strings = {"732829320", "542051180", "552100554"})
  void knownSirensPassTheLuhnCheck(String siren) {
    assertThat(Siren.passesLuhn(siren)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"732829320", "542051180", "552100554"})
  void acceptsAValidSiren(String siren) {
    assertThat(Siren.parse(siren).value()).isEqualTo(siren);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "552 100 554",
        " 552100554 ",
        "552.100.554",
        "552\t100\t554",
        "552\u00a0100\u00a0554", // no-break space, as French documents print it
        "552\u202f100\u202f554" // narrow no-break space, as spreadsheets group digits
      })
  void acceptsASirenTypedWithSpacesOrDotsAndKeepsOnlyTheDigits(String typed) {
    assertThat(Siren.parse(typed).value()).isEqualTo("552100554");
  }

  @Test
  void refusesASirenWithTwoSwappedDigits() {
    assertThat(Siren.passesLuhn("372829320")).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Siren.parse("372829320"))
        .withMessageContaining("check digit");
  }

  /** Luhn catches every swap of two neighbouring digits, except 0 and 9 ("09" ↔ "90"). */
  @ParameterizedTest
  @MethodSource("everyDetectableSwapOfNeighbouringDigits")
  void refusesAnySwapOfNeighbouringDigitsThatLuhnCanDetect(String swapped) {
    assertThatIllegalArgumentException().isThrownBy(() -> Siren.parse(swapped));
  }

  static Stream<String> everyDetectableSwapOfNeighbouringDigits() {
    List<String> swapped = new ArrayList<>();
    for (String siren : VALID) {
      for (int i = 0; i + 1 < siren.length(); i++) {
        char a = siren.charAt(i);
        char b = siren.charAt(i + 1);
        boolean undetectable = a == b || (a == '0' && b == '9') || (a == '9' && b == '0');
        if (!undetectable) {
          swapped.add(siren.substring(0, i) + b + a + siren.substring(i + 2));
        }
      }
    }
    return swapped.stream();
  }

  @ParameterizedTest
  @MethodSource("everySingleChangedDigit")
  void refusesAnySingleMistypedDigit(String mistyped) {
    assertThatIllegalArgumentException().isThrownBy(() -> Siren.parse(mistyped));
  }

  static Stream<String> everySingleChangedDigit() {
    List<String> mistyped = new ArrayList<>();
    for (String siren : VALID) {
      for (int i = 0; i < siren.length(); i++) {
        for (char d = '0'; d <= '9'; d++) {
          if (d != siren.charAt(i)) {
            mistyped.add(siren.substring(0, i) + d + siren.substring(i + 1));
          }
        }
      }
    }
    return mistyped.stream();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "55210055", // 8 digits
        "5521005540", // 10 digits
        "73282932", // 8 digits
        "7328293200", // 10 digits
        "55210055A",
        "552-100-554",
        "55210055４" // a full-width digit is not an ASCII digit
      })
  void refusesAnythingButNineDigits(String malformed) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Siren.parse(malformed))
        .withMessageContaining("nine digits");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void refusesANullOrBlankSiren(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> Siren.parse(blank));
  }

  @Test
  void isEqualToAnotherSirenWithTheSameDigits() {
    assertThat(Siren.parse("552 100 554"))
        .isEqualTo(Siren.parse("552100554"))
        .hasSameHashCodeAs(Siren.parse("552100554"))
        .hasToString("552100554")
        .isNotEqualTo(Siren.parse("542051180"));
  }
}
