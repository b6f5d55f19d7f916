package io.recova.agency.strategy;

import io.recova.agency.casefile.DebtorProfile;
import io.recova.agency.valuation.ClaimNature;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Which cases a strategy is for. Every criterion left empty matches all cases.
 *
 * @param maxAmount excluded upper bound of the principal, or null for no bound
 */
public record Segment(
    ClaimNature nature, BigDecimal minAmount, BigDecimal maxAmount, Set<DebtorProfile> profiles) {

  public boolean matches(ClaimNature caseNature, BigDecimal principal, DebtorProfile profile) {
    return (nature == null || nature == caseNature)
        && (minAmount == null || principal.compareTo(minAmount) >= 0)
        && (maxAmount == null || principal.compareTo(maxAmount) < 0)
        && (profiles == null || profiles.isEmpty() || profiles.contains(profile));
  }
}
