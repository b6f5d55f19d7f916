package io.recova.agency.ledger;

/** The accounts of the trust ledger; see the package description for the chart. */
public enum LedgerAccount {
  TRUST_BANK(Side.DEBIT),
  CREDITOR_PAYABLE(Side.CREDIT),
  FEES_RECEIVABLE(Side.DEBIT),
  COSTS_RECEIVABLE(Side.DEBIT),
  AGENCY_FEE_INCOME(Side.CREDIT),
  VAT_PAYABLE(Side.CREDIT),
  REMITTED(Side.DEBIT),
  REMITTED_CONTRA(Side.CREDIT),
  DIRECT_COLLECTED(Side.DEBIT),
  DIRECT_COLLECTED_CONTRA(Side.CREDIT),
  DEBTOR_COSTS_RECEIVABLE(Side.DEBIT),
  AGENCY_ADVANCES(Side.CREDIT),
  AGENCY_COST_EXPENSE(Side.DEBIT),
  REMITTANCE_RECLAIMABLE(Side.DEBIT);

  private final Side normalSide;

  LedgerAccount(Side normalSide) {
    this.normalSide = normalSide;
  }

  /** The side on which the account's balance is positive (debit for assets, credit otherwise). */
  public Side normalSide() {
    return normalSide;
  }
}
