package io.recova.agency.letter;

import io.recova.agency.activity.ActivityKind;

/** How a letter reaches the debtor. */
public enum LetterChannel {
  /** Printed in the next postal batch and posted. */
  POST(ActivityKind.LETTER),
  /** Sent at once as a PDF attached to an e-mail. */
  EMAIL(ActivityKind.EMAIL);

  private final ActivityKind activity;

  LetterChannel(ActivityKind activity) {
    this.activity = activity;
  }

  /** The activity the sending is logged as, so the contact guard rules on it like on any other. */
  public ActivityKind activity() {
    return activity;
  }
}
