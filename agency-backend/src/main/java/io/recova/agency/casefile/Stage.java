package io.recova.agency.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dossier stands (DESIGN.md): worked amicably, then under formal notice, possibly on a
 * payment plan, then in court and enforcement; it ends paid, settled, irrecoverable or returned to
 * the creditor. DISPUTED and ON_HOLD suspend the work and remember the stage to resume.
 */
public enum Stage {
  NEW,
  AMICABLE,
  FORMAL_NOTICE,
  PAYMENT_PLAN,
  JUDICIAL,
  ENFORCEMENT,
  DISPUTED,
  ON_HOLD,
  CLOSED_PAID,
  CLOSED_SETTLED,
  CLOSED_IRRECOVERABLE,
  RETURNED_TO_CLIENT;

  private static final Set<Stage> CLOSED =
      EnumSet.of(CLOSED_PAID, CLOSED_SETTLED, CLOSED_IRRECOVERABLE, RETURNED_TO_CLIENT);

  public boolean isClosed() {
    return CLOSED.contains(this);
  }

  /** The case is frozen: no collection work until it resumes. */
  public boolean isSuspended() {
    return this == DISPUTED || this == ON_HOLD;
  }

  /** In court or beyond: the judicial fee rate of the mandate applies to what is collected. */
  public boolean isJudicial() {
    return this == JUDICIAL || this == ENFORCEMENT;
  }
}
