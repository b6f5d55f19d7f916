package io.recova.agency.promise;

/** Where a promise stands. */
public enum PromiseStatus {
  /** The date (and its grace) has not passed, and the amount is not reached yet. */
  PENDING,
  /** The debtor paid at least the amount promised by the date plus grace. */
  KEPT,
  /** The date plus grace has passed without the amount promised. */
  BROKEN
}
