package io.recova.agency.dispute;

import io.recova.agency.casefile.Stage;

/** How a dispute ends for the case. */
public enum DisputeOutcome {
  /** Collection resumes at the stage the case was frozen in. */
  RESUMED,
  /** The claim goes back to the creditor; the case is closed. */
  RETURNED_TO_CLIENT
}
