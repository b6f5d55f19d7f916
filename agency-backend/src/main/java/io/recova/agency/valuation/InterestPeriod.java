package io.recova.agency.valuation;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stretch of days with the same base and rate, both ends included, and its interest rounded to
 * the cent: the line a debtor, a creditor or a judge can check by hand.
 */
public record InterestPeriod(
    LocalDate from, LocalDate to, long days, Money base, BigDecimal annualPercent, Money interest) {}
