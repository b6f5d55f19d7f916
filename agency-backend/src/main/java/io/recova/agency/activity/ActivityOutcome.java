package io.recova.agency.activity;

/** How an activity ended. */
public enum ActivityOutcome {
  REACHED,
  NO_ANSWER,
  VOICEMAIL,
  WRONG_NUMBER,
  PROMISE_TO_PAY,
  REFUSED_TO_PAY,
  DISPUTE_RAISED,
  SENT,
  RETURNED_UNDELIVERED,
  DONE
}
