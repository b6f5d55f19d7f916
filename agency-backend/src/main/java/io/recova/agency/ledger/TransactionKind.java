package io.recova.agency.ledger;

/** What a ledger transaction records. Fees, costs and remittances add theirs. */
public enum TransactionKind {
  /** A payment received on the trust bank account. */
  PAYMENT_RECEIVED,
  /** A payment the debtor made directly to the creditor, declared to the agency. */
  DIRECT_PAYMENT_DECLARED,
  /** The agency's fees and their VAT on one payment, charged to the creditor. */
  FEE_CHARGED,
  /** Funds paid out to the creditor by a remittance. */
  REMITTANCE,
  /** The mandate's fee for an irrecoverability certificate, owed by the creditor. */
  CERTIFICATE_FEE,
  /** A cost the agency advanced from its own funds, split between its bearers. */
  COST_ADVANCED,
  /** The part of a payment that repaid the agency's advances (costs first, DOMAIN D3). */
  COST_RECOVERED,
  /**
   * What the debtor still owed of the agency's advances when its case closed, charged to the
   * bearer of unrecoverable costs.
   */
  COST_UNRECOVERED,
  /**
   * After a payment's reversal, what the creditor's funds came short of because the payment had
   * been remitted already: the agency tops up the trust account from its own funds and the
   * creditor owes back what it was paid in excess (netted from its next remittance).
   */
  REMITTED_FUNDS_RECLAIMED,
  /** The compensation of an earlier transaction, which it names. */
  REVERSAL
}
