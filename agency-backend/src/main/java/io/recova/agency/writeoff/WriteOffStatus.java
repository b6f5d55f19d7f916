package io.recova.agency.writeoff;

/** Where a request to close a case as irrecoverable stands. */
public enum WriteOffStatus {
  /** Asked for by agency staff; a manager approves or refuses it. */
  REQUESTED,
  /** A manager approved it: the case is closed as irrecoverable and a certificate issued. */
  APPROVED,
  /** A manager refused it: the case goes on being worked. */
  REFUSED
}
