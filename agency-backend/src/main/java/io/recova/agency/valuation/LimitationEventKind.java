package io.recova.agency.valuation;

/**
 * Things that happen on a case that matter, or are often believed to matter, for limitation.
 * Only the causes of C. civ. 2240, 2241 and 2244 interrupt it; the list is limitative.
 */
public enum LimitationEventKind {
  /** The debtor acknowledges the debt (2240). */
  ACKNOWLEDGEMENT(true),
  /** A part-payment, which acknowledges the debt (2240). */
  PART_PAYMENT(true),
  /** A payment plan the debtor signed, which acknowledges the debt (2240). */
  SIGNED_PAYMENT_PLAN(true),
  /** A claim brought before a court, even in summary proceedings (2241). */
  COURT_CLAIM(true),
  /** A protective measure or an enforcement act (2244). */
  ENFORCEMENT_ACT(true),
  /** A formal notice, even by registered letter, does not interrupt (Com. 18/05/2022, 20-23.204). */
  FORMAL_NOTICE(false),
  /** A reminder does not interrupt either. */
  REMINDER(false);

  private final boolean interrupts;

  LimitationEventKind(boolean interrupts) {
    this.interrupts = interrupts;
  }

  public boolean interrupts() {
    return interrupts;
  }
}
