package io.recova.agency.settlement;

import java.util.EnumSet;
import java.util.Set;

/** Where a settlement stands. */
public enum SettlementStatus {
  /** Above the collector's authority: a manager or the creditor must approve or refuse it. */
  PROPOSED_AWAITING_APPROVAL,
  /** Granted (within authority, or approved): the debtor pays the agreed amount by its date. */
  ACCEPTED,
  /** A manager or the creditor refused it; the full balance stays due. */
  REFUSED,
  /** The agreed amount was received: the case is closed as settled. */
  PAID,
  /** The date plus grace passed without the agreed amount: the case is worked again in full. */
  LAPSED;

  private static final Set<SettlementStatus> OPEN = EnumSet.of(PROPOSED_AWAITING_APPROVAL, ACCEPTED);

  /** An open settlement blocks another one on the same case. */
  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
