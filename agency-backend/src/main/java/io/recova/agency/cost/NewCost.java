package io.recova.agency.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cost to record, as the supplier's invoice states it.
 *
 * @param vat the VAT the invoice carries: a commissaire's or a lawyer's does, a court fee none
 *     (null means none)
 * @param judicialStepId the step of the case's proceedings it paid for, optional
 * @param reference the supplier's invoice number
 */
public record NewCost(CostKind kind, BigDecimal amountExclVat, BigDecimal vat, String currency,
    String supplier, LocalDate incurredOn, UUID judicialStepId, String reference) {}
