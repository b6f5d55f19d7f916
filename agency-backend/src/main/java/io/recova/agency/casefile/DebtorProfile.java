package io.recova.agency.casefile;

/** What the agency has learnt of a debtor's behaviour; it steers strategies and priorities. */
public enum DebtorProfile {
  UNKNOWN,
  GOOD_PAYER,
  NEGLIGENT,
  IN_DIFFICULTY,
  INSOLVENT,
  UNREACHABLE
}
