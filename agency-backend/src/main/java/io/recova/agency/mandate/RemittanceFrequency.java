package io.recova.agency.mandate;

/** How often collected funds are remitted to the creditor, as agreed in the mandate (R124-3 4°). */
public enum RemittanceFrequency {
  WEEKLY,
  MONTHLY,
  QUARTERLY
}
