package io.recova.agency.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan to put to the debtor.
 *
 * @param total what the plan covers, in the case's currency; the case's balance due when absent
 * @param installmentCount how many installments, 2 to 60
 * @param frequency MONTHLY when absent
 */
public record NewPaymentPlan(BigDecimal total, Integer installmentCount, LocalDate firstDueDate,
    PlanFrequency frequency) {}
