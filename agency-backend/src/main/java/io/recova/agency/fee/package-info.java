/**
 * The agency's fees on what it collects, from the mandate's fee schedule (CPCE R124-3 3°): the
 * contingency fee by stage and tier, the fixed fee per file, the certificate fee, the accessories
 * the agency keeps, and VAT on them from reference data (DOMAIN D6). Pure rules, no container.
 *
 * <p>{@link io.recova.agency.fee.FeeBookings} books the fee of each payment posted on a case, in
 * the payment's transaction, as follows:
 *
 * <pre>{@code
 * CaseBalance balance = valuator.value(caseFile, payment.valueDate());  // the payment included
 * PaymentAllocation allocation = balance.allocationOf(receivedPayment).orElseThrow();
 * CollectedPayment collected = CollectedPayment.of(allocation, FeeStage.of(stageWhenCollected),
 *     caseCollectedSoFar, fileFeeAlreadyBookedOnTheCase);
 * FeeAssessment fee = FeeCalculator.assess(
 *     creditorClients.feeSchedule(creditorId), vatRates.table(), collected);
 * // book fee.lines() (amount and VAT each), fee.netToCreditor(), fee.costsRecovered();
 * // keep fee.collectedAfter() and fee.fileFeeCharged() for the case's next payment
 * }</pre>
 */
package io.recova.agency.fee;
