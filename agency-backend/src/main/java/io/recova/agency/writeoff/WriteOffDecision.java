package io.recova.agency.writeoff;

/**
 * What a manager says with an approval or a refusal.
 *
 * @param language the certificate's language on approval, {@code fr} (default) or {@code en}
 */
public record WriteOffDecision(String note, String language) {}
