package io.recova.agency.cost;

/** What a cost paid for. */
public enum CostKind {
  /** A court's fee for filing or issuing (greffe). Part of the dépens (CPC 695). */
  COURT_FEE,
  /** A commissaire de justice's act: service, attachment, report. Part of the dépens. */
  COMMISSAIRE_ACT,
  /**
   * The commissaire's proportional fee on what was recovered, charged to the creditor by the
   * tariff (A444-32): never the debtor's, whatever the judgment says.
   */
  COMMISSAIRE_PROPORTIONAL_FEE,
  /** A lawyer's fee: not part of the dépens; the debtor bears it only up to an article 700 award. */
  LAWYER_FEE,
  /** Anything else the agency paid out for the case (a registry extract, say). */
  OTHER
}
