package io.recova.agency.mandate;

/**
 * Who bears the costs the agency advances and the debtor does not (no title, a commissaire's
 * proportional fee, a lawyer's fee beyond an article 700 award): by default the creditor, to whom
 * they are re-billed at cost (L111-8 al. 1 leaves them with it); the agency when the mandate says
 * its fee covers them.
 */
public enum CostsBorneBy {
  CREDITOR,
  AGENCY
}
