package io.recova.agency.casefile.intake;

/** The kinds of file a creditor can import. */
public enum ImportFormat {
  /** Delimited text, one row per invoice, as Excel or an ERP exports it. */
  CSV,
  /** An array of cases (or {@code {"cases": [...]}}) shaped like {@code NewCase}. */
  JSON
}
