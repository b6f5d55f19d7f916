package io.recova.agency.fee;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.PaymentAllocation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment as the fee calculator sees it: where it went (DOMAIN D3) and where the case stood.
 *
 * @param valueDate the payment's value date: it picks the VAT rate
 * @param stage the case's stage when the payment was collected
 * @param collectedBefore the case's cumulative fee base before this payment (the sum of the
 *     earlier assessments' {@link FeeAssessment#feeBase()}, or the previous {@link
 *     FeeAssessment#collectedAfter()}): it places the payment in the mandate's tiers
 * @param fileFeeAlreadyCharged whether an earlier payment of the case bore the file fee
 * @param costs the part that repaid recoverable costs: neither fee nor VAT on it
 */
public record CollectedPayment(
    LocalDate valueDate,
    FeeStage stage,
    Money collectedBefore,
    boolean fileFeeAlreadyCharged,
    Money costs,
    Money interest,
    Money indemnity,
    Money principal) {

  public CollectedPayment {
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(stage, "stage");
    requireNotNegative(collectedBefore, "collectedBefore");
    requireNotNegative(costs, "costs");
    requireNotNegative(interest, "interest");
    requireNotNegative(indemnity, "indemnity");
    requireNotNegative(principal, "principal");
    // Mixing currencies throws here rather than deep inside the calculation.
    collectedBefore.plus(costs).plus(interest).plus(indemnity).plus(principal);
  }

  /**
   * The payment as the valuation allocated it. Any part held on the case (an overpayment) is not
   * collected for anyone yet and bears no fee until it is applied.
   */
  public static CollectedPayment of(
      PaymentAllocation allocation,
      FeeStage stage,
      Money collectedBefore,
      boolean fileFeeAlreadyCharged) {
    return new CollectedPayment(
        allocation.payment().valueDate(),
        stage,
        collectedBefore,
        fileFeeAlreadyCharged,
        allocation.costs(),
        allocation.interest(),
        allocation.indemnity(),
        allocation.principal());
  }

  /** The payment's parts that pay the debt itself and its accessories, costs left out. */
  public Money collected() {
    return interest.plus(indemnity).plus(principal);
  }

  private static void requireNotNegative(Money amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.isNegative()) {
      // A reversal is booked as a reversal of the fee lines, never as a negative payment here.
      throw new IllegalArgumentException("The " + name + " cannot be negative: " + amount);
    }
  }
}
