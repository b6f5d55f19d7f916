package io.recova.agency.casefile;

import static io.recova.agency.casefile.Stage.AMICABLE;
import static io.recova.agency.casefile.Stage.CLOSED_IRRECOVERABLE;
import static io.recova.agency.casefile.Stage.CLOSED_PAID;
import static io.recova.agency.casefile.Stage.CLOSED_SETTLED;
import static io.recova.agency.casefile.Stage.DISPUTED;
import static io.recova.agency.casefile.Stage.ENFORCEMENT;
import static io.recova.agency.casefile.Stage.FORMAL_NOTICE;
import static io.recova.agency.casefile.Stage.JUDICIAL;
import static io.recova.agency.casefile.Stage.NEW;
import static io.recova.agency.casefile.Stage.ON_HOLD;
import static io.recova.agency.casefile.Stage.PAYMENT_PLAN;
import static io.recova.agency.casefile.Stage.RETURNED_TO_CLIENT;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a dossier as an explicit state machine: which stage may follow which, and the
 * guards that must hold. A suspended case (disputed, on hold) can only resume to the stage it was
 * suspended from, or be closed; a closed case never moves again.
 */
public final class CaseLifecycle {

  private static final Map<Stage, Set<Stage>> NEXT = new EnumMap<>(Stage.class);

  static {
    Set<Stage> endings = EnumSet.of(CLOSED_PAID, CLOSED_SETTLED, CLOSED_IRRECOVERABLE,
        RETURNED_TO_CLIENT, DISPUTED, ON_HOLD);
    NEXT.put(NEW, with(endings, AMICABLE, FORMAL_NOTICE));
    NEXT.put(AMICABLE, with(endings, FORMAL_NOTICE, PAYMENT_PLAN));
    NEXT.put(FORMAL_NOTICE, with(endings, AMICABLE, PAYMENT_PLAN, JUDICIAL));
    NEXT.put(PAYMENT_PLAN, with(endings, AMICABLE, FORMAL_NOTICE, JUDICIAL, ENFORCEMENT));
    NEXT.put(JUDICIAL, with(endings, PAYMENT_PLAN, ENFORCEMENT));
    NEXT.put(ENFORCEMENT, with(endings, PAYMENT_PLAN));
    Set<Stage> fromSuspension =
        EnumSet.of(CLOSED_PAID, CLOSED_SETTLED, CLOSED_IRRECOVERABLE, RETURNED_TO_CLIENT);
    NEXT.put(DISPUTED, with(fromSuspension, ON_HOLD));
    NEXT.put(ON_HOLD, with(fromSuspension, DISPUTED));
    for (Stage closed : EnumSet.of(CLOSED_PAID, CLOSED_SETTLED, CLOSED_IRRECOVERABLE,
        RETURNED_TO_CLIENT)) {
      NEXT.put(closed, EnumSet.noneOf(Stage.class));
    }
  }

  /** Stages that need the reason written down when a case enters them. */
  private static final Set<Stage> NEED_REASON =
      EnumSet.of(DISPUTED, ON_HOLD, RETURNED_TO_CLIENT, CLOSED_IRRECOVERABLE, CLOSED_SETTLED);

  private CaseLifecycle() {}

  private static Set<Stage> with(Set<Stage> base, Stage... more) {
    Set<Stage> set = EnumSet.copyOf(base);
    Collections.addAll(set, more);
    return set;
  }

  /** The stages a case may be moved to from here, before guards (a suspended one can resume). */
  public static Set<Stage> nextStages(Stage from, Stage suspendedFrom) {
    Set<Stage> next = EnumSet.noneOf(Stage.class);
    next.addAll(NEXT.get(from));
    if (from.isSuspended() && suspendedFrom != null) {
      next.add(suspendedFrom);
    }
    return next;
  }

  /** Who is asking for a move and why. */
  public record Request(Stage target, String reason, boolean byManager) {}

  /**
   * Checks a requested move.
   *
   * @return the stage the case will resume to after the move, or null when it is not suspended
   * @throws TransitionRefusedException with the reason the move is refused
   */
  public static Stage check(CaseFacts facts, Request request) {
    Stage from = facts.stage();
    Stage to = request.target();
    if (to == null) {
      throw new TransitionRefusedException("transition.targetRequired", "Say which stage to move to");
    }
    if (from.isClosed()) {
      throw new TransitionRefusedException("transition.closed",
          "The case is closed (" + from + "); a closed case does not move again");
    }
    if (from == to) {
      throw new TransitionRefusedException("transition.same", "The case is already " + to);
    }
    Stage resumeTo = facts.suspendedFrom().orElse(null);
    if (!nextStages(from, resumeTo).contains(to)) {
      if (from.isSuspended()) {
        throw new TransitionRefusedException("transition.suspended",
            "The case is " + from + ": no work until it resumes"
                + (resumeTo == null ? "" : " to " + resumeTo) + " or is closed");
      }
      throw new TransitionRefusedException("transition.notAllowed",
          "A case cannot move from " + from + " to " + to);
    }
    if (NEED_REASON.contains(to) && (request.reason() == null || request.reason().isBlank())) {
      throw new TransitionRefusedException("transition.reasonRequired",
          "Moving a case to " + to + " needs a reason");
    }
    switch (to) {
      case JUDICIAL -> {
        if (!facts.formalNoticeOnFile()) {
          throw new TransitionRefusedException("transition.noFormalNotice",
              "No court action without a formal notice on file (mise en demeure)");
        }
      }
      case ENFORCEMENT -> {
        if (!facts.enforceableTitleOnFile()) {
          throw new TransitionRefusedException("transition.noTitle",
              "Enforcement needs an enforceable title (a judgment or an enforceable order)");
        }
      }
      case CLOSED_PAID -> {
        if (facts.amountDue().signum() > 0) {
          throw new TransitionRefusedException("transition.notPaid",
              "The debtor still owes " + facts.amountDue().toPlainString());
        }
      }
      case CLOSED_IRRECOVERABLE, CLOSED_SETTLED, RETURNED_TO_CLIENT -> {
        if (!request.byManager()) {
          throw new TransitionRefusedException("transition.managerOnly",
              "Only a manager may move a case to " + to);
        }
      }
      default -> { }
    }
    if (to.isSuspended()) {
      return from.isSuspended() ? resumeTo : from;
    }
    return null;
  }
}
