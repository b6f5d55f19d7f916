package io.recova.agency.mandate;

import java.math.BigDecimal;
import java.util.List;

/**
 * Read model of a mandate's fee schedule, as the API answers it and the audit trail keeps it.
 * Amounts are in euros, excluding VAT.
 *
 * @param tiers marginal bands: above each threshold, the part collected beyond it bears the tier's
 *     rates
 * @param fileFee charged once per case, on its first payment
 * @param certificateFee charged when an irrecoverability certificate is issued
 * @param unrecoverableCostsBorneBy who bears the advanced costs the debtor does not repay
 */
public record FeeScheduleView(
    BigDecimal amicableFeePercent,
    BigDecimal judicialFeePercent,
    List<Tier> tiers,
    BigDecimal fileFee,
    BigDecimal certificateFee,
    KeptBy lateInterestKeptBy,
    KeptBy indemnityKeptBy,
    CostsBorneBy unrecoverableCostsBorneBy) {

  /** One band: above this amount collected on the case, these rates. */
  public record Tier(BigDecimal above, BigDecimal amicableFeePercent, BigDecimal judicialFeePercent) {}
}
