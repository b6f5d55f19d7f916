package io.recova.agency.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A settlement a collector proposes: the amount the debtor will pay instead of the balance due,
 * in the case's currency, and the date it is to be paid by.
 */
public record NewSettlement(BigDecimal amount, LocalDate payBy, String note) {}
