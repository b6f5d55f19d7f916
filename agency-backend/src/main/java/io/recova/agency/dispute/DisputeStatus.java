package io.recova.agency.dispute;

/** Where a dispute stands: waiting for the creditor, answered, or resolved. */
public enum DisputeStatus {
  OPEN,
  ANSWERED,
  RESOLVED
}
