package io.recova.agency.dispute;

/** The creditor's answer to a dispute. */
public enum CreditorPosition {
  /** The claim stands as entrusted: collection may resume. */
  MAINTAINS,
  /** The creditor gives the claim up: the case goes back to it. */
  WITHDRAWS,
  /** The creditor corrects the claim (a credit note, say); collection resumes on the rest. */
  ADJUSTS
}
