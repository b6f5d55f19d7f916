package io.recova.agency.casefile;

import io.recova.agency.valuation.LimitationEventKind;
import java.util.Optional;

/** What can appear on a case's timeline. */
public enum CaseEventKind {
  OPENED(null),
  STAGE_CHANGED(null),
  COLLECTOR_ASSIGNED(null),
  DOCUMENT_ADDED(null),
  FORMAL_NOTICE(LimitationEventKind.FORMAL_NOTICE),
  ACKNOWLEDGEMENT(LimitationEventKind.ACKNOWLEDGEMENT),
  COURT_CLAIM(LimitationEventKind.COURT_CLAIM),
  JUDGMENT(null),
  JUDGMENT_SERVED(null),
  ENFORCEMENT_ACT(LimitationEventKind.ENFORCEMENT_ACT),
  DEBTOR_OPTED_OUT(null),
  /** A payment plan put to the debtor; reported to the creditor (R124-5). */
  PAYMENT_PLAN_PROPOSED(null),
  /** The debtor signed the plan, which acknowledges the debt (C. civ. 2240). */
  PAYMENT_PLAN_SIGNED(LimitationEventKind.SIGNED_PAYMENT_PLAN),
  /** An installment went unpaid past its grace: the case goes back to work. */
  PAYMENT_PLAN_BREACHED(null),
  PAYMENT_PLAN_COMPLETED(null),
  PAYMENT_PLAN_CANCELLED(null),
  /** A call, e-mail, letter, SMS, visit or note of a collector. */
  ACTIVITY(null),
  NOTE(null),
  /** The debtor contests the claim; the case is frozen until the dispute is resolved. */
  DISPUTE_OPENED(null),
  /** The creditor's answer to a dispute. */
  DISPUTE_ANSWERED(null),
  DISPUTE_RESOLVED(null),
  /** A settlement was proposed to the debtor (any approval it needs follows). */
  SETTLEMENT_PROPOSED(null),
  /** A settlement was granted: within the mandate's authority, or approved. */
  SETTLEMENT_ACCEPTED(null),
  SETTLEMENT_REFUSED(null),
  /** The agreed amount was received; the case closes as settled. */
  SETTLEMENT_PAID(null),
  /** The pay-by date and its grace passed unpaid; the whole balance is due again. */
  SETTLEMENT_LAPSED(null),
  /** A route to court or to a commissaire de justice was taken. */
  JUDICIAL_PROCEEDING_OPENED(null),
  /** A dated step of a proceeding; its legal effect, if any, is recorded as its own event. */
  JUDICIAL_STEP_RECORDED(null),
  /**
   * A payment received, or paid directly to the creditor and declared: reported to the creditor
   * (R124-5); a part-payment acknowledges the debt, so it interrupts limitation (C. civ. 2240).
   */
  PAYMENT_RECEIVED(LimitationEventKind.PART_PAYMENT),
  /** A payment reversed (bounced cheque, chargeback...): it no longer counts. */
  PAYMENT_REVERSED(null),
  /** The agency advanced a cost on the case (court, commissaire, lawyer), split between bearers. */
  COST_ADVANCED(null),
  /** A cost entered by mistake was reversed. */
  COST_REVERSED(null),
  /** The case closed with advanced costs unrepaid: charged to their bearer (creditor, agency). */
  COST_UNRECOVERED(null),
  /** Agency staff ask a manager to close the case as irrecoverable, with a reason. */
  WRITE_OFF_REQUESTED(null),
  /** A manager approved closing the case as irrecoverable; the stage change follows. */
  WRITE_OFF_APPROVED(null),
  WRITE_OFF_REFUSED(null),
  /** An irrecoverability certificate was issued for the creditor (CGI 272). */
  CERTIFICATE_ISSUED(null),
  /** A certificate was cancelled and replaced; the old one stays readable. */
  CERTIFICATE_CANCELLED(null);

  private final LimitationEventKind limitation;

  CaseEventKind(LimitationEventKind limitation) {
    this.limitation = limitation;
  }

  /** How the event counts for limitation, if it counts at all. */
  public Optional<LimitationEventKind> limitation() {
    return Optional.ofNullable(limitation);
  }
}
