package io.recova.agency.plan;

/** Where a plan is in its life, as recorded (the daily check moves it; staff cancel it). */
public enum PaymentPlanStatus {
  /** Proposed (not yet signed) or signed and being kept. At most one per case. */
  ACTIVE,
  /** An installment went unpaid past its grace; the case went back to work. Final. */
  BREACHED,
  /** Every installment was paid. Final. */
  COMPLETED,
  /** Withdrawn by the agency before it ended. Final. */
  CANCELLED
}
