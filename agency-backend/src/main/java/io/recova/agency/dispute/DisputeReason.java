package io.recova.agency.dispute;

/** Why the debtor contests. */
public enum DisputeReason {
  NOT_DELIVERED,
  DEFECTIVE,
  ALREADY_PAID,
  AMOUNT_WRONG,
  NOT_THE_DEBTOR,
  OTHER
}
