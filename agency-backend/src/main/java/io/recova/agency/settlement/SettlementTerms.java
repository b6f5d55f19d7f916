package io.recova.agency.settlement;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The terms of a settlement: what the debtor agrees to pay instead of the balance due, and the
 * discount that amounts to. The discount is a percentage of the balance due at the proposal, to
 * two decimals, rounded half up (the commercial rounding of DESIGN.md), and it is what the
 * mandate's settlement authority is compared with.
 */
public final class SettlementTerms {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Money agreed;
  private final Money due;
  private final BigDecimal discountPercent;

  private SettlementTerms(Money agreed, Money due) {
    this.agreed = agreed;
    this.due = due;
    // (due − agreed) / due × 100, multiplied first so that the one rounding is the last step.
    this.discountPercent = due.amount().subtract(agreed.amount()).multiply(HUNDRED)
        .divide(due.amount(), 2, RoundingMode.HALF_UP);
  }

  /**
   * @throws IllegalArgumentException when the agreed amount is not above zero, is more than the
   *     balance due, or is in another currency
   */
  public static SettlementTerms of(Money agreed, Money due) {
    Objects.requireNonNull(agreed, "agreed");
    Objects.requireNonNull(due, "due");
    if (!agreed.currency().equals(due.currency())) {
      throw new IllegalArgumentException("A settlement is agreed in the currency of the case");
    }
    if (agreed.amount().signum() <= 0) {
      throw new IllegalArgumentException("The agreed amount must be above zero");
    }
    if (agreed.compareTo(due) > 0) {
      throw new IllegalArgumentException("The agreed amount cannot exceed the balance due");
    }
    return new SettlementTerms(agreed, due);
  }

  /** True when the agreed amount can be settled on: above zero and at most the balance due. */
  public static boolean acceptable(Money agreed, Money due) {
    return agreed.currency().equals(due.currency()) && agreed.amount().signum() > 0
        && agreed.compareTo(due) <= 0;
  }

  public Money agreed() {
    return agreed;
  }

  public Money due() {
    return due;
  }

  /** The discount granted, in percent of the balance due, two decimals. */
  public BigDecimal discountPercent() {
    return discountPercent;
  }

  /**
   * True when a collector may grant this discount alone: at most the mandate's authority (a
   * discount exactly at the authority is within it).
   */
  public boolean withinAuthority(BigDecimal authorityPercent) {
    return discountPercent.compareTo(authorityPercent) <= 0;
  }
}
