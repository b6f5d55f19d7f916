package io.recova.agency.payment;

/** Why a payment is reversed. */
public enum ReversalReason {
  BOUNCED_CHEQUE,
  CHARGEBACK,
  /** A transfer returned by the bank (R-transaction). */
  BANK_RETURN,
  /** Posted by mistake (wrong case, wrong amount): reversed, then posted again correctly. */
  ENTERED_IN_ERROR,
  /** A direct payment declared that the creditor did not in fact receive. */
  DECLARATION_WITHDRAWN
}
