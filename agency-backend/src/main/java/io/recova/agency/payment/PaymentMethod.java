package io.recova.agency.payment;

/** How the debtor paid. */
public enum PaymentMethod {
  BANK_TRANSFER,
  CARD,
  CHEQUE,
  CASH,
  /** Paid to the creditor itself and declared to the agency: no funds enter the trust account. */
  DIRECT_TO_CREDITOR;

  /** True when the money is on the agency's third-party account (R124-2). */
  public boolean intoTrustAccount() {
    return this != DIRECT_TO_CREDITOR;
  }
}
