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
  START_MERITS_PROCEEDINGS(ProceduralPeriod.months(1), "C. pr. exéc. R511-7", true),
  /**
   * The hearing itself: the file, the evidence and the lawyer's brief ready before the day. Not a
   * period but a date the court set; a party absent at the hearing may see its claim struck out
   * (CPC 468) or judged on the other side's case alone.
   */
  ATTEND_HEARING(null, "CPC 468", true);

  private final ProceduralPeriod period;
  private final String source;
  private final boolean agencyMustAct;

  DeadlineKind(ProceduralPeriod period, String source, boolean agencyMustAct) {
    this.period = period;
    this.source = source;
    this.agencyMustAct = agencyMustAct;
  }

  /** The period that runs from the step; empty for a date the court set (a hearing). */
  public java.util.Optional<ProceduralPeriod> period() {
    return java.util.Optional.ofNullable(period);
  }

  /** The last day to act or to wait out, for the step dated {@code from}. */
  public java.time.LocalDate lastDay(java.time.LocalDate from) {
    return period == null ? from : period.lastDay(from);
  }

  /**
   * How many days ahead of the last day the agency's act comes to the queue: two weeks before a
   * period in months runs out, three days before one in days, a week before a hearing to prepare
   * it.
   */
  int daysAhead() {
    if (period == null) {
      return 7;
    }
    return period.unit() == ProceduralPeriod.Unit.MONTHS ? 14 : 3;
  }

  public String source() {
    return source;
  }

  public boolean agencyMustAct() {
    return agencyMustAct;
  }

  /**
   * The steps that end this deadline: the act it asked for, or what closes the period (an
   * opposition, the order declared enforceable, the debtor's refusal). R511-7 asks for any
   * proceedings towards a title: a summons or a request for an order.
   */
  public java.util.Set<JudicialStepKind> endedBy() {
    return switch (this) {
      case SERVE_PAYMENT_ORDER -> java.util.EnumSet.of(JudicialStepKind.PAYMENT_ORDER_SERVED);
      case OPPOSITION_PERIOD -> java.util.EnumSet.of(JudicialStepKind.OPPOSITION_FILED,
          JudicialStepKind.PAYMENT_ORDER_ENFORCEABLE);
      case SMALL_CLAIMS_ANSWER -> java.util.EnumSet.of(JudicialStepKind.SMALL_CLAIMS_REFUSED);
      case APPEAL_PERIOD -> java.util.EnumSet.noneOf(JudicialStepKind.class);
      case NOTIFY_ATTACHMENT -> java.util.EnumSet.of(JudicialStepKind.ATTACHMENT_NOTIFIED);
      case ATTACHMENT_CHALLENGE_PERIOD -> java.util.EnumSet.noneOf(JudicialStepKind.class);
      case START_MERITS_PROCEEDINGS -> java.util.EnumSet.of(JudicialStepKind.SUMMONS_SERVED,
          JudicialStepKind.PAYMENT_ORDER_FILED);
      // A judgment ends the hearing; a later hearing (an adjournment) replaces it.
      case ATTEND_HEARING -> java.util.EnumSet.of(JudicialStepKind.JUDGMENT,
          JudicialStepKind.HEARING);
    };
  }
}
