package io.recova.agency.strategy;

/** What a step's day offset counts from. */
public enum StepAnchor {
  /** The earliest due date of the case's claims. */
  DUE_DATE,
  /** The day the previous step's task was created. */
  PREVIOUS_STEP
}
