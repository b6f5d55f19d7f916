package io.recova.agency.casefile;

/** The ways the agency can reach a debtor; a debtor may opt out of each one separately. */
public enum ContactChannel {
  CALL,
  EMAIL,
  LETTER,
  SMS,
  VISIT
}
