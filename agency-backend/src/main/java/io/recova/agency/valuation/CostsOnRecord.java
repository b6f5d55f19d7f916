package io.recova.agency.valuation;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * Where the valuation finds the costs the debtor owes on a case (the dépens and the article 700
 * indemnity a judgment put on it). Implemented by the parts of Recova that record them; the
 * interface lives here so that the case file can be valued without depending on them.
 */
public interface CostsOnRecord {

  /** What the debtor owes in costs on the case as of the day, in the case's currency. */
  Money of(UUID caseId, Currency currency, LocalDate asOf);

  /**
   * Every cost on the case with the day it arose, in one read: a valuation needs the costs owed
   * on the as-of date and on each payment's value date, and asking {@link #of} for each day made
   * a query per payment (issue 8). Agrees with {@link #of} on every day.
   */
  DatedCosts dated(UUID caseId, Currency currency);
}
