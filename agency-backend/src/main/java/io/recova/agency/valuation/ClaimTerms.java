package io.recova.agency.valuation;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the valuation needs of one claim.
 *
 * @param contractRatePercent the contract's late-penalty rate, or null for the statutory default
 */
public record ClaimTerms(
    UUID id,
    String invoiceNumber,
    LocalDate dueDate,
    Money principal,
    ClaimNature nature,
    BigDecimal contractRatePercent) {}
