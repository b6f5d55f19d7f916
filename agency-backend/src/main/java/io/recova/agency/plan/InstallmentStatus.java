package io.recova.agency.plan;

/** Where one installment stands on a given day. */
public enum InstallmentStatus {
  /** Covered in full by the payments received. */
  PAID,
  /** Not due yet, and partly covered already. */
  PARTLY_PAID,
  /** Not due yet, nothing covered. */
  UPCOMING,
  /** Due date passed, not fully covered, but still within the grace days. */
  LATE,
  /** Not fully covered more than the grace days after its due date: the plan is breached. */
  MISSED
}
