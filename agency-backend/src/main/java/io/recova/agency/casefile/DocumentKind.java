package io.recova.agency.casefile;

/** What a piece of evidence on a case is. */
public enum DocumentKind {
  INVOICE,
  CONTRACT,
  DELIVERY_NOTE,
  PROOF,
  FORMAL_NOTICE,
  CORRESPONDENCE,
  OTHER
}
