package io.recova.agency.mandate;

import io.recova.agency.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What the mandate says the agency earns (CPCE R124-3 3°: the fee, paid by the creditor). Amounts
 * are in euros, the currency of every mandate.
 *
 * <ul>
 *   <li>a contingency fee in percent of what is collected for the creditor, by the stage the case
 *       is in when the payment is collected: {@code amicable} or {@code judicial};
 *   <li>optional {@link FeeTier tiers}: from a threshold of the case's cumulative collected
 *       amount, other rates apply to the part above it (marginal, like tax brackets), the base
 *       rates applying from zero to the first threshold;
 *   <li>a fixed fee per file, charged once per case, on its first payment;
 *   <li>a certificate fee, charged when an irrecoverability certificate is issued;
 *   <li>who keeps the late interest and who keeps the 40 EUR indemnity;
 *   <li>who bears the costs the agency advanced and the debtor does not repay.
 * </ul>
 *
 * @param tiers ordered by strictly increasing threshold
 * @param fileFee zero when the mandate has none
 * @param certificateFee zero when the mandate has none
 */
public record FeeSchedule(
    FeeRate amicable,
    FeeRate judicial,
    List<FeeTier> tiers,
    Money fileFee,
    Money certificateFee,
    KeptBy lateInterest,
    KeptBy indemnity,
    CostsBorneBy unrecoverableCosts) {

  public static final Currency EUR = Currency.getInstance("EUR");

  public FeeSchedule {
    Objects.requireNonNull(amicable, "amicable");
    Objects.requireNonNull(judicial, "judicial");
    Objects.requireNonNull(lateInterest, "lateInterest");
    Objects.requireNonNull(indemnity, "indemnity");
    Objects.requireNonNull(unrecoverableCosts, "unrecoverableCosts");
    tiers = List.copyOf(tiers);
    for (int i = 1; i < tiers.size(); i++) {
      if (tiers.get(i).above().compareTo(tiers.get(i - 1).above()) <= 0) {
        throw new IllegalArgumentException("Tiers must have strictly increasing thresholds");
      }
    }
    requireEurosNotNegative(fileFee, "file fee");
    requireEurosNotNegative(certificateFee, "certificate fee");
  }

  /** A schedule leaving unrecoverable costs with the creditor, the default (L111-8 al. 1). */
  public FeeSchedule(FeeRate amicable, FeeRate judicial, List<FeeTier> tiers, Money fileFee,
      Money certificateFee, KeptBy lateInterest, KeptBy indemnity) {
    this(amicable, judicial, tiers, fileFee, certificateFee, lateInterest, indemnity,
        CostsBorneBy.CREDITOR);
  }

  /** A flat schedule: the given rates, no tiers, no fixed fees, accessories to the creditor. */
  public static FeeSchedule flat(FeeRate amicable, FeeRate judicial) {
    Money zero = Money.zero(EUR);
    return new FeeSchedule(
        amicable, judicial, List.of(), zero, zero, KeptBy.CREDITOR, KeptBy.CREDITOR);
  }

  /** The rate that applies from the first euro at this stage. */
  public FeeRate baseRate(boolean judicialStage) {
    return judicialStage ? judicial : amicable;
  }

  /** A tier's threshold as an amount. */
  public static Money threshold(FeeTier tier) {
    return Money.of(tier.above(), EUR);
  }

  /** The read model shown to users, the API and the audit trail. */
  public FeeScheduleView view() {
    return new FeeScheduleView(
        amicable.percent(),
        judicial.percent(),
        tiers.stream()
            .map(t -> new FeeScheduleView.Tier(
                t.above(), t.amicable().percent(), t.judicial().percent()))
            .toList(),
        fileFee.amount(),
        certificateFee.amount(),
        lateInterest,
        indemnity,
        unrecoverableCosts);
  }

  private static void requireEurosNotNegative(Money amount, String what) {
    Objects.requireNonNull(amount, what);
    if (!EUR.equals(amount.currency()) || amount.isNegative()) {
      throw new IllegalArgumentException("The " + what + " is an amount in euros, not negative");
    }
  }
}
