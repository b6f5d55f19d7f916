package io.recova.agency.mandate;

/**
 * Who keeps an accessory the debtor pays on top of the principal (late interest, the 40 EUR
 * indemnity): by law it is the creditor's; a mandate may leave it to the agency as part of its
 * remuneration.
 */
public enum KeptBy {
  CREDITOR,
  AGENCY
}
