package io.recova.agency.mandate;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a manager submits to set a mandate's fee schedule. Every field is checked by {@link
 * FeeScheduleRules}; optional fields take the neutral value (no tiers, no fixed fees, accessories
 * kept by the creditor, unrecoverable costs borne by the creditor).
 */
public record FeeScheduleCommand(
    BigDecimal amicableFeePercent,
    BigDecimal judicialFeePercent,
    List<FeeScheduleView.Tier> tiers,
    BigDecimal fileFee,
    BigDecimal certificateFee,
    KeptBy lateInterestKeptBy,
    KeptBy indemnityKeptBy,
    CostsBorneBy unrecoverableCostsBorneBy) {}
