package io.recova.agency.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Filters, order and page of a portfolio list. Every filter is optional.
 *
 * @param text matched anywhere in the debtor's name or at the start of the case reference
 * @param creditorId agency staff only: one creditor's cases (ignored for a client user)
 */
public record CaseQuery(
    Set<Stage> stages,
    String text,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    LocalDate dueFrom,
    LocalDate dueTo,
    String collector,
    UUID creditorId,
    CaseSort sort,
    boolean descending,
    int page,
    int size) {

  public static CaseQuery firstPage() {
    return new CaseQuery(Set.of(), null, null, null, null, null, null, null, CaseSort.OPENED, true,
        0, 50);
  }
}
