package io.recova.agency.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

  @Test
  void acceptsAnEightCharacterBic() {
    assertThat(Bic.parse("AGRIFRPP").value()).isEqualTo("AGRIFRPP");
  }

  @Test
  void acceptsAnElevenCharacterBicWithABranchCode() {
    assertThat(Bic.parse("COBADEFFXXX").value()).isEqualTo("COBADEFFXXX");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"agrifrpp", "AgriFrPp", " AGRIFRPP ", "AGRI FR PP", "AGRI\u00a0FR\u00a0PP"})
  void acceptsLowerCaseAndSpacesAndNormalisesThem(String typed) {
    assertThat(Bic.parse(typed).value()).isEqualTo("AGRIFRPP");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AGRIFRP", // 7
        "AGRIFRPPX", // 9
        "AGRIFRPPXX", // 10
        "AGRIFRPPXXXX", // 12
        "AGRIFRPP12!", // bad character in the branch code
        "AGRI-FR-PP"
      })
  void refusesABicOfTheWrongLengthOrWithABadCharacter(String malformed) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Bic.parse(malformed))
        .withMessageStartingWith("BIC is malformed");
  }

  @Test
  void refusesABicOfAnUnknownCountry() {
    assertThatIllegalArgumentException().isThrownBy(() -> Bic.parse("AGRIXXPP"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void refusesANullOrBlankBic(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> Bic.parse(blank));
  }

  @Test
  void isEqualToAnotherBicWithTheSameValue() {
    assertThat(Bic.parse("cobadeffxxx"))
        .isEqualTo(Bic.parse("COBADEFFXXX"))
        .hasSameHashCodeAs(Bic.parse("COBADEFFXXX"))
        .hasToString("COBADEFFXXX");
  }

  @Test
  void isNotEqualToTheSameBankWithAnExplicitBranchCode() {
    assertThat(Bic.parse("COBADEFF")).isNotEqualTo(Bic.parse("COBADEFFXXX"));
  }
}
