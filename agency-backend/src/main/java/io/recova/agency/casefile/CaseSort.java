package io.recova.agency.casefile;

/** The orders a portfolio can be listed in; each has an index behind it. */
public enum CaseSort {
  OPENED("c.openedAt"),
  AMOUNT("c.principalTotal"),
  DUE_DATE("c.earliestDueDate"),
  DEBTOR("c.debtorName"),
  REFERENCE("c.externalReference"),
  LIMITATION("c.limitationDate");

  private final String path;

  CaseSort(String path) {
    this.path = path;
  }

  String path() {
    return path;
  }
}
