package io.recova.agency.fee;

/** What a fee line is for. */
public enum FeeKind {
  /** A percentage of what was collected for the creditor, one line per tier band reached. */
  CONTINGENCY(true, true),
  /** The fixed fee per file, once per case, on its first payment. */
  FILE_FEE(true, true),
  /** The fee for issuing an irrecoverability certificate. */
  CERTIFICATE_FEE(true, true),
  /** Late interest the mandate leaves to the agency: paid by the debtor, taxed like a fee. */
  LATE_INTEREST_KEPT(false, true),
  /** The 40 EUR indemnity the mandate leaves to the agency: no VAT (DOMAIN D6). */
  INDEMNITY_KEPT(false, false);

  private final boolean takenFromCreditorShare;
  private final boolean taxable;

  FeeKind(boolean takenFromCreditorShare, boolean taxable) {
    this.takenFromCreditorShare = takenFromCreditorShare;
    this.taxable = taxable;
  }

  /**
   * True when the amount is deducted from what was collected for the creditor; false when the
   * agency takes it straight from the debtor's payment (an accessory it keeps).
   */
  public boolean takenFromCreditorShare() {
    return takenFromCreditorShare;
  }

  public boolean taxable() {
    return taxable;
  }
}
