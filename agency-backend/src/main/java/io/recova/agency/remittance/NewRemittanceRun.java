package io.recova.agency.remittance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request to prepare a run.
 *
 * @param creditorId one creditor to remit to, due or not (an off-cycle remittance), or null for
 *     every creditor whose frequency makes it due on the period end
 */
public record NewRemittanceRun(LocalDate periodEnd, UUID creditorId) {}
