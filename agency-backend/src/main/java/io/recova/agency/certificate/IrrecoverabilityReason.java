package io.recova.agency.certificate;

/**
 * Why a claim cannot be recovered. For the creditor's VAT refund the claim must be definitively
 * irrecoverable (CGI 272-1, BOI-TVA-DED-40-10-20): recovery was tried and failed, or the debtor's
 * insolvency or disappearance makes it pointless (DOMAIN R5.3).
 */
public enum IrrecoverabilityReason {
  /** Judicial liquidation or other collective proceedings opened against the debtor. */
  INSOLVENCY_PROCEEDINGS,
  /** The debtor moved away leaving no address, or never existed as described. */
  DEBTOR_GONE_OR_UNKNOWN,
  /** The commissaire de justice found nothing to seize (procès-verbal de carence). */
  ENFORCEMENT_WITHOUT_RESULT,
  /** Limitation ran out: the claim can no longer be enforced (C. civ. 2224, C. com. L110-4). */
  TIME_BARRED,
  /** The debtor contests the claim and the creditor chose not to go to court. */
  DISPUTED_AND_ABANDONED,
  /** Anything else: the note must then say what. */
  OTHER;

  /** A reason that names nothing by itself needs the note to explain it. */
  public boolean needsNote() {
    return this == OTHER;
  }
}
