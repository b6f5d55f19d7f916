package io.recova.agency.kpi;

/** What a KPI's value is, so that a reader formats it and a spreadsheet types it. */
public enum KpiUnit {
  /** An amount in euros, {@code {"amount": 12.30, "currency": "EUR"}} in JSON. */
  MONEY,
  /** A share as a decimal fraction (0.2500 is 25 %), four decimals, half up. */
  RATE,
  /** A number of days, one decimal, half up. */
  DAYS,
  /** A number of cases, with its breakdown. */
  COUNT
}
