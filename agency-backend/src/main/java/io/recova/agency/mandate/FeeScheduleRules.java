package io.recova.agency.mandate;

import io.recova.agency.money.Money;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a submitted fee schedule and builds it, reporting every invalid field at once; used both
 * when a mandate is registered and when its fees are changed, so the two can never disagree.
 */
public final class FeeScheduleRules {

  /** More bands than this is a typing error, not a fee agreement anyone would sign. */
  static final int MAX_TIERS = 10;
  /** A fixed fee above this is a typing error (a misplaced decimal separator). */
  static final BigDecimal MAX_FIXED_FEE = new BigDecimal("100000");

  /** Far beyond any claim the agency handles, and within the column's precision. */
  static final BigDecimal MAX_THRESHOLD = new BigDecimal("100000000");

  private FeeScheduleRules() {}

  /**
   * @throws InvalidInputException listing every invalid field
   */
  public static FeeSchedule build(FeeScheduleCommand command) {
    if (command == null) {
      throw new InvalidInputException(
          List.of(new FieldViolation("body", "body.required", "A request body is required")));
    }
    List<FieldViolation> violations = new ArrayList<>();
    FeeSchedule schedule = build(command, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return schedule;
  }

  /** Adds what is wrong to {@code out}; returns the schedule only when nothing is. */
  static FeeSchedule build(FeeScheduleCommand command, List<FieldViolation> out) {
    int before = out.size();
    FeeRate amicable = rate("amicableFeePercent", command.amicableFeePercent(), out);
    FeeRate judicial = rate("judicialFeePercent", command.judicialFeePercent(), out);
    List<FeeTier> tiers = tiers(command.tiers(), out);
    Money fileFee = fixedFee("fileFee", command.fileFee(), out);
    Money certificateFee = fixedFee("certificateFee", command.certificateFee(), out);
    if (out.size() > before) {
      return null;
    }
    return new FeeSchedule(
        amicable,
        judicial,
        tiers,
        fileFee,
        certificateFee,
        command.lateInterestKeptBy() == null ? KeptBy.CREDITOR : command.lateInterestKeptBy(),
        command.indemnityKeptBy() == null ? KeptBy.CREDITOR : command.indemnityKeptBy(),
        command.unrecoverableCostsBorneBy() == null
            ? CostsBorneBy.CREDITOR : command.unrecoverableCostsBorneBy());
  }

  static FeeRate rate(String field, BigDecimal percent, List<FieldViolation> out) {
    if (percent == null) {
      out.add(new FieldViolation(field, "fee.required", "The fee rate is required"));
      return null;
    }
    try {
      return FeeRate.ofPercent(percent);
    } catch (IllegalArgumentException e) {
      String code =
          percent.signum() < 0 || percent.compareTo(FeeRate.MAXIMUM) > 0
              ? "fee.range"
              : "fee.scale";
      out.add(new FieldViolation(field, code, e.getMessage()));
      return null;
    }
  }

  private static List<FeeTier> tiers(List<FeeScheduleView.Tier> submitted, List<FieldViolation> out) {
    if (submitted == null || submitted.isEmpty()) {
      return List.of();
    }
    if (submitted.size() > MAX_TIERS) {
      out.add(new FieldViolation(
          "tiers", "tiers.tooMany", "A fee schedule has at most " + MAX_TIERS + " tiers"));
      return List.of();
    }
    List<FeeTier> tiers = new ArrayList<>();
    BigDecimal previous = null;
    for (int i = 0; i < submitted.size(); i++) {
      String field = "tiers[" + i + "]";
      FeeScheduleView.Tier t = submitted.get(i);
      if (t == null) {
        out.add(new FieldViolation(field, "tier.required", "A tier cannot be empty"));
        continue;
      }
      BigDecimal above = t.above();
      boolean aboveValid = false;
      if (above == null) {
        out.add(new FieldViolation(field + ".above", "tier.above.required",
            "A tier needs the amount above which it applies"));
      } else if (above.signum() <= 0 || above.compareTo(MAX_THRESHOLD) > 0) {
        out.add(new FieldViolation(field + ".above", "tier.above.range",
            "A tier's threshold is a positive amount up to 100,000,000 EUR"));
      } else if (above.stripTrailingZeros().scale() > 2) {
        out.add(new FieldViolation(field + ".above", "tier.above.scale",
            "A tier's threshold has at most two decimals"));
      } else if (previous != null && above.compareTo(previous) <= 0) {
        out.add(new FieldViolation(field + ".above", "tiers.order",
            "Tiers must be listed by strictly increasing threshold"));
      } else {
        aboveValid = true;
      }
      if (above != null && (previous == null || above.compareTo(previous) > 0)) {
        previous = above;
      }
      FeeRate amicable = rate(field + ".amicableFeePercent", t.amicableFeePercent(), out);
      FeeRate judicial = rate(field + ".judicialFeePercent", t.judicialFeePercent(), out);
      if (aboveValid && amicable != null && judicial != null) {
        tiers.add(new FeeTier(above, amicable, judicial));
      }
    }
    return tiers;
  }

  private static Money fixedFee(String field, BigDecimal amount, List<FieldViolation> out) {
    if (amount == null) {
      return Money.zero(FeeSchedule.EUR);
    }
    if (amount.signum() < 0 || amount.compareTo(MAX_FIXED_FEE) > 0) {
      out.add(new FieldViolation(field, "fixedFee.range",
          "A fixed fee is between 0 and 100,000 EUR excluding VAT"));
      return null;
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      out.add(new FieldViolation(field, "fixedFee.scale", "A fixed fee has at most two decimals"));
      return null;
    }
    return Money.of(amount, FeeSchedule.EUR);
  }
}
