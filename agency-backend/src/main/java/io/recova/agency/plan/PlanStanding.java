package io.recova.agency.plan;

/** Where a plan as a whole stands, from its installments. */
public enum PlanStanding {
  /** Every installment due so far was covered within its grace days. */
  ON_TRACK,
  /** An installment was not fully covered within the grace days after its due date. */
  BREACHED,
  /** Every installment is covered. */
  COMPLETED
}
