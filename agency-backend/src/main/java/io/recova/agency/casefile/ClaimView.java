package io.recova.agency.casefile;

import io.recova.agency.valuation.ClaimNature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A claim as the API and the UI show it.
 *
 * @param vatPercent the VAT rate the creditor gave for the invoice, null when it gave none
 */
public record ClaimView(
    UUID id,
    String invoiceNumber,
    LocalDate invoiceDate,
    LocalDate dueDate,
    BigDecimal principal,
    String currency,
    ClaimNature nature,
    BigDecimal contractRatePercent,
    BigDecimal vatPercent) {}
