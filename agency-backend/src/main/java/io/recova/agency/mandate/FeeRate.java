package io.recova.agency.mandate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A contingency fee rate in percent of the amount collected, between 0 and 50 % with at most two
 * decimals. The ceiling is the agency's policy: above half of what is collected, a fee would no
 * longer be a collection fee a creditor would sign.
 */
public final class FeeRate {

  public static final BigDecimal MAXIMUM = new BigDecimal("50");

  private final BigDecimal percent;

  private FeeRate(BigDecimal percent) {
    this.percent = percent;
  }

  /**
   * @throws IllegalArgumentException when null, negative, above 50 or with more than two decimals
   */
  public static FeeRate ofPercent(BigDecimal percent) {
    if (percent == null) {
      throw new IllegalArgumentException("A fee rate is required");
    }
    if (percent.signum() < 0 || percent.compareTo(MAXIMUM) > 0) {
      throw new IllegalArgumentException("A fee rate must be between 0 and 50 %: " + percent);
    }
    if (percent.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("A fee rate has at most two decimals: " + percent);
    }
    return new FeeRate(percent.setScale(2));
  }

  /** The rate in percent, scale 2 (e.g. 12.50). */
  public BigDecimal percent() {
    return percent;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeeRate other && percent.compareTo(other.percent) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(percent.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return percent.toPlainString() + " %";
  }
}
