package io.recova.agency.valuation;

import java.util.List;
import java.util.UUID;

/**
 * Where the valuation finds the payments a case has received. Implemented by the payments part of
 * Recova, which itself reads cases: the interface lives here so that the case file can be valued
 * without depending on it.
 */
public interface PaymentsOnRecord {

  /** Every payment the case has received, net of reversals, oldest value date first. */
  List<ReceivedPayment> of(UUID caseId);
}
