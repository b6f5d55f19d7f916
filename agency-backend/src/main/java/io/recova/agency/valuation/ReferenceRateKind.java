package io.recova.agency.valuation;

/** The published rates Recova keeps, each fixed per half-year. */
public enum ReferenceRateKind {
  /** ECB main refinancing rate on 1 January / 1 July (C. com. L441-10 II). */
  ECB_REFI,
  /** Legal interest rate for creditors who are private individuals (C. mon. fin. L313-2). */
  LEGAL_PRIVATE,
  /** Legal interest rate for all other creditors (R1.3: Recova's professional clients). */
  LEGAL_OTHER
}
