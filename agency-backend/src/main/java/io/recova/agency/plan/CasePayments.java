package io.recova.agency.plan;

import io.recova.agency.valuation.ReceivedPayment;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where plan tracking learns what the debtor paid. The payments themselves (posting, allocation,
 * the trust ledger) are a later part of Recova; it provides the implementation of this interface,
 * and the tracking, already tested against it, needs no change.
 */
public interface CasePayments {

  /**
   * The payments received on a case valued on or after a day, net of reversals, oldest first.
   *
   * @param from the first value date that counts
   */
  List<ReceivedPayment> receivedOn(UUID caseId, LocalDate from);
}
