package io.recova.agency.cost;

/** Who finally bears a cost. */
public enum CostBearer {
  /** Added to what the debtor owes, recovered first from its payments (D3). */
  DEBTOR,
  /** Re-billed to the creditor (deducted from its remittance). */
  CREDITOR,
  /** Kept by the agency, covered by its fee, as the mandate may say. */
  AGENCY
}
