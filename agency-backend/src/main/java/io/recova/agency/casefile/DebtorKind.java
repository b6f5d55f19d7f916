package io.recova.agency.casefile;

/** A debtor is a natural person (a consumer or an individual) or a company. */
public enum DebtorKind {
  PERSON,
  COMPANY
}
