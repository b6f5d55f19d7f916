package io.recova.agency.strategy;

/** How a step speaks to the debtor. */
public enum Tone {
  COURTEOUS,
  FIRM,
  FORMAL
}
