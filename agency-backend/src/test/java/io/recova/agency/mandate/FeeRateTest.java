package io.recova.agency.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeeRateTest {

  private static FeeRate rate(String percent) {
    return FeeRate.ofPercent(new BigDecimal(percent));
  }

  @Test
  void acceptsAZeroFee() {
    assertThat(rate("0").percent()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void acceptsTheFiftyPercentCeiling() {
    assertThat(rate("50").percent()).isEqualTo(new BigDecimal("50.00"));
  }

  @Test
  void acceptsTwelveAndAHalfPercentAndKeepsItWithTwoDecimals() {
    BigDecimal percent = rate("12.5").percent();

    assertThat(percent).isEqualTo(new BigDecimal("12.50"));
    assertThat(percent.scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.01", "7", "12.5", "49.99", "50", "50.00", "5E+1"})
  void alwaysHasScaleTwo(String percent) {
    assertThat(rate(percent).percent().scale()).isEqualTo(2);
  }

  @Test
  void refusesANegativeFee() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rate("-0.01"))
        .withMessageContaining("between 0 and 50");
  }

  @Test
  void refusesAFeeAboveFiftyPercent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rate("50.01"))
        .withMessageContaining("between 0 and 50");
  }

  @Test
  void refusesAFeeOfOneHundredAndTwentyPercent() {
    assertThatIllegalArgumentException().isThrownBy(() -> rate("120"));
  }

  @Test
  void refusesAFeeWithThreeSignificantDecimals() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rate("12.345"))
        .withMessageContaining("two decimals");
  }

  @Test
  void refusesATinyFeeBelowOneHundredthOfAPercent() {
    assertThatIllegalArgumentException().isThrownBy(() -> rate("0.001"));
  }

  @Test
  void acceptsAThirdDecimalThatIsATrailingZero() {
    assertThat(rate("12.340").percent()).isEqualTo(new BigDecimal("12.34"));
  }

  @Test
  void refusesAMissingFee() {
    assertThatIllegalArgumentException().isThrownBy(() -> FeeRate.ofPercent(null));
  }

  @Test
  void isEqualToTheSameRateWrittenWithAnotherScale() {
    FeeRate half = rate("12.5");

    assertThat(half)
        .isEqualTo(rate("12.50"))
        .isEqualTo(rate("12.500"))
        .hasSameHashCodeAs(rate("12.500"));
    assertThat(rate("0")).isEqualTo(rate("0.00")).hasSameHashCodeAs(rate("0.00"));
  }

  @Test
  void isNotEqualToAnotherRate() {
    assertThat(rate("12.5")).isNotEqualTo(rate("12.51"));
  }

  @Test
  void printsItselfAsAPercentage() {
    assertThat(rate("12.5")).hasToString("12.50 %");
  }
}
