package io.recova.agency.judicial;

import java.util.List;

/** A dated step of the judicial track, and the deadlines that run from it. */
public enum JudicialStepKind {
  PAYMENT_ORDER_FILED(List.of()),
  PAYMENT_ORDER_ISSUED(List.of(DeadlineKind.SERVE_PAYMENT_ORDER)),
  PAYMENT_ORDER_SERVED(List.of(DeadlineKind.OPPOSITION_PERIOD)),
  /** The debtor opposed the order: the claim goes to a hearing on the merits (CPC 1417). */
  OPPOSITION_FILED(List.of()),
  /**
   * The opposition month passed without opposition: the order has the effects of a judgment
   * (CPC 1422), dated the day it was issued and served the day it was served.
   */
  PAYMENT_ORDER_ENFORCEABLE(List.of()),
  SMALL_CLAIMS_PROPOSED(List.of(DeadlineKind.SMALL_CLAIMS_ANSWER)),
  /** The debtor refused the small-claims proposal or let the month pass (R125-1 ff.). */
  SMALL_CLAIMS_REFUSED(List.of()),
  /** A conciliation, mediation or participative procedure that failed (CPC 750-1). */
  AMICABLE_ATTEMPT_FAILED(List.of()),
  SUMMONS_SERVED(List.of()),
  /** A hearing the court set, dated in the future when it is recorded. */
  HEARING(List.of(DeadlineKind.ATTEND_HEARING)),
  JUDGMENT(List.of()),
  JUDGMENT_SERVED(List.of(DeadlineKind.APPEAL_PERIOD)),
  BANK_ATTACHMENT(List.of(DeadlineKind.NOTIFY_ATTACHMENT)),
  ATTACHMENT_NOTIFIED(List.of(DeadlineKind.ATTACHMENT_CHALLENGE_PERIOD)),
  PROTECTIVE_ATTACHMENT(List.of(DeadlineKind.START_MERITS_PROCEEDINGS));

  private final List<DeadlineKind> deadlines;

  JudicialStepKind(List<DeadlineKind> deadlines) {
    this.deadlines = deadlines;
  }

  /** The deadlines this step starts. */
  public List<DeadlineKind> deadlines() {
    return deadlines;
  }
}
