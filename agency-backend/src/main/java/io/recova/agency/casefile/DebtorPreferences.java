package io.recova.agency.casefile;

import java.util.Set;

/**
 * What the agency learnt about a debtor and what the debtor asked for: its profile, the channels
 * it refuses, and whether it agrees to be contacted by e-mail and SMS.
 *
 * @param profile null to leave it as it is
 * @param optedOut the complete set of refused channels; null to leave them as they are
 * @param electronicConsent null to leave it as it is
 */
public record DebtorPreferences(
    DebtorProfile profile, Set<ContactChannel> optedOut, Boolean electronicConsent) {}
