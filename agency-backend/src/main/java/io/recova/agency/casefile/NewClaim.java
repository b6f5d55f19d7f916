package io.recova.agency.casefile;

import io.recova.agency.valuation.ClaimNature;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One unpaid invoice (or other claim) as a creditor submits it.
 *
 * @param principal the amount still owed, including VAT (DOMAIN D2)
 * @param currency ISO 4217 code, "EUR" when absent
 * @param contractRatePercent the late-penalty rate the contract sets, if any (B2B only)
 */
public record NewClaim(
    String invoiceNumber,
    LocalDate invoiceDate,
    LocalDate dueDate,
    BigDecimal principal,
    String currency,
    ClaimNature nature,
    BigDecimal contractRatePercent) {}
