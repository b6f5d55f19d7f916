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
 * @param vatPercent the VAT rate the invoice bears, included in its principal, if the creditor
 *     gives it (the irrecoverability certificate otherwise assumes the standard rate); at most the
 *     standard rate in force on the invoice date (reference data, fee.VatRates)
 */
public record NewClaim(
    String invoiceNumber,
    LocalDate invoiceDate,
    LocalDate dueDate,
    BigDecimal principal,
    String currency,
    ClaimNature nature,
    BigDecimal contractRatePercent,
    BigDecimal vatPercent) {

  /** The same claim with the nature given (a default the debtor's kind implies). */
  public NewClaim withNature(ClaimNature other) {
    return new NewClaim(invoiceNumber, invoiceDate, dueDate, principal, currency, other,
        contractRatePercent, vatPercent);
  }
}
