package io.recova.agency.mandate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of a tiered contingency fee: above {@code above} euros collected on the case, the
 * amicable and judicial rates become these. Tiers are marginal, like tax brackets: each rate
 * applies only to the part of the case's cumulative collected amount that falls in its band (see
 * {@link FeeSchedule}).
 */
@Embeddable
public class FeeTier {

  @Column(name = "above_amount", nullable = false)
  private BigDecimal above;

  @Convert(converter = FeeRateConverter.class)
  @Column(name = "amicable_fee_percent", nullable = false)
  private FeeRate amicable;

  @Convert(converter = FeeRateConverter.class)
  @Column(name = "judicial_fee_percent", nullable = false)
  private FeeRate judicial;

  protected FeeTier() {}

  /**
   * @param above the threshold in euros, positive, at most two decimals
   */
  public FeeTier(BigDecimal above, FeeRate amicable, FeeRate judicial) {
    if (above == null || above.signum() <= 0 || above.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("A tier starts above a positive amount in cents");
    }
    this.above = above.setScale(2);
    this.amicable = Objects.requireNonNull(amicable);
    this.judicial = Objects.requireNonNull(judicial);
  }

  /** The case's cumulative collected amount, in euros, above which this band's rates apply. */
  public BigDecimal above() {
    return above;
  }

  public FeeRate amicable() {
    return amicable;
  }

  public FeeRate judicial() {
    return judicial;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeeTier other
        && above.compareTo(other.above) == 0
        && amicable.equals(other.amicable)
        && judicial.equals(other.judicial);
  }

  @Override
  public int hashCode() {
    return Objects.hash(above.stripTrailingZeros(), amicable, judicial);
  }

  @Override
  public String toString() {
    return "above " + above.toPlainString() + ": " + amicable + " / " + judicial;
  }
}
