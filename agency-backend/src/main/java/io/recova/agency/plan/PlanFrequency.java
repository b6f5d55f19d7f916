package io.recova.agency.plan;

import java.time.LocalDate;

/** How far apart the installments of a plan fall. */
public enum PlanFrequency {
  WEEKLY,
  /**
   * Same day of every month. Counted from the first due date each time, not from the previous
   * installment, so a plan starting on 31 January falls due on 28 (or 29) February and then on 31
   * March again instead of drifting to the 28th for good.
   */
  MONTHLY;

  /** The due date of the installment {@code index} places after the first (0 = the first). */
  public LocalDate dueDate(LocalDate first, int index) {
    return switch (this) {
      case WEEKLY -> first.plusWeeks(index);
      case MONTHLY -> first.plusMonths(index);
    };
  }
}
