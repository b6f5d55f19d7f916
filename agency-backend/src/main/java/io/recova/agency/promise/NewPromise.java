package io.recova.agency.promise;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a debtor promised: an amount, in the case's currency, by a date. */
public record NewPromise(BigDecimal amount, LocalDate dueDate, String note) {}
