package io.recova.agency.judicial;

/**
 * A deadline that follows from a dated step of the judicial track, with its period and source.
 * {@link #agencyMustAct} tells an act the agency (or its commissaire) must do before the last day
 * from a period the agency waits out (after which the next step becomes possible).
 */
public enum DeadlineKind {
  /** An order for payment not served within six months lapses (CPC 1411). */
  SERVE_PAYMENT_ORDER(ProceduralPeriod.months(6), "CPC 1411", true),
  /** The debtor may oppose within a month of service; the order is enforceable after it (CPC 1416). */
  OPPOSITION_PERIOD(ProceduralPeriod.months(1), "CPC 1416", false),
  /** The debtor has a month to accept the small-claims proposal; silence is a refusal (R125-1 ff.). */
  SMALL_CLAIMS_ANSWER(ProceduralPeriod.months(1), "C. pr. exéc. R125-1 ff.", false),
  /** A month to appeal a judgment after its service (CPC 538), unless it was in last resort. */
  APPEAL_PERIOD(ProceduralPeriod.months(1), "CPC 538", false),
  /** A bank-account attachment is notified to the debtor within eight days (R211-3). */
  NOTIFY_ATTACHMENT(ProceduralPeriod.days(8), "C. pr. exéc. R211-3", true),
  /** The debtor may challenge the attachment within a month of the notice (R211-11). */
  ATTACHMENT_CHALLENGE_PERIOD(ProceduralPeriod.months(1), "C. pr. exéc. R211-11", false),
  /** Proceedings on the merits within a month of a protective attachment, or it lapses (R511-7). */
  START_MERITS_PROCEEDINGS(ProceduralPeriod.months(1), "C. pr. exéc. R511-7", true);

  private final ProceduralPeriod period;
  private final String source;
  private final boolean agencyMustAct;

  DeadlineKind(ProceduralPeriod period, String source, boolean agencyMustAct) {
    this.period = period;
    this.source = source;
    this.agencyMustAct = agencyMustAct;
  }

  public ProceduralPeriod period() {
    return period;
  }

  public String source() {
    return source;
  }

  public boolean agencyMustAct() {
    return agencyMustAct;
  }
}
