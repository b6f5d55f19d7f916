package io.recova.agency.payment;

import io.recova.agency.valuation.PaymentsOnRecord;
import io.recova.agency.valuation.ReceivedPayment;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payments received on a case, as the parts of Recova that track money owed (payment plans,
 * settlements, promises, the valuation) read them: net of reversals, whether received by the
 * agency or paid directly to the creditor.
 */
public interface CasePayments extends PaymentsOnRecord {

  /**
   * The payments on the case whose value date is {@code from} or later, net of reversals, oldest
   * first.
   */
  List<ReceivedPayment> receivedOn(UUID caseId, LocalDate from);
}
