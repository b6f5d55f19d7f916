package io.recova.agency.judicial;

/** Who hears or carries out a route (DOMAIN.md R4.5). */
public enum Forum {
  /** Tribunal de commerce (des activités économiques): disputes between merchants (L721-3). */
  COMMERCIAL_COURT,
  /** Tribunal judiciaire: every other claim. */
  JUDICIAL_COURT,
  /** A commissaire de justice acting without a court (small claims, attachments). */
  COMMISSAIRE_DE_JUSTICE
}
