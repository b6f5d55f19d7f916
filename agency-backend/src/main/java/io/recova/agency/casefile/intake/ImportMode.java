package io.recova.agency.casefile.intake;

/** What to do with a file in which some rows are wrong. */
public enum ImportMode {
  /** Import every valid case and report the others. */
  VALID_ROWS,
  /** Import nothing unless every row is valid. */
  ALL_OR_NOTHING
}
