package io.recova.agency.valuation;

/** What kind of relationship a claim arises from; it decides its interest and limitation rules. */
public enum ClaimNature {
  /** Between businesses, or a business against a non-consumer (C. com. L110-4, L441-10). */
  B2B,
  /** A professional against a consumer (C. conso L218-2). */
  B2C,
  /** Between private persons or otherwise civil (C. civ. 2224). */
  CIVIL
}
