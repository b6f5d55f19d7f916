package io.recova.agency.letter;

/** The collection letters of the amicable stage, from the gentlest to the formal notice. */
public enum LetterKind {
  /** A courteous reminder that an invoice is unpaid. */
  FRIENDLY_REMINDER(15),
  /** A firmer reminder, announcing the formal notice. */
  FIRM_REMINDER(8),
  /**
   * The mise en demeure: a demand to pay by a date. It makes interest run where the law says so;
   * it does not interrupt limitation (D9).
   */
  FORMAL_NOTICE(8);

  private final int payWithinDays;

  LetterKind(int payWithinDays) {
    this.payWithinDays = payWithinDays;
  }

  /** Days the debtor is given to pay, counted from the letter's date. */
  public int payWithinDays() {
    return payWithinDays;
  }
}
