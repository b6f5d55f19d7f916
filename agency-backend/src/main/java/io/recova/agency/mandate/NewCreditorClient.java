package io.recova.agency.mandate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a manager submits to register a creditor client and its mandate. Every field is checked by
 * {@link CreditorClientService#register}; nothing here is trusted.
 *
 * @param registrationNumber SIREN (9 digits) of the creditor, optional
 * @param signedOn the date the mandate was signed; today when null
 */
public record NewCreditorClient(
    String name,
    String registrationNumber,
    String address,
    String contactEmail,
    BigDecimal amicableFeePercent,
    BigDecimal judicialFeePercent,
    RemittanceFrequency remittanceFrequency,
    String iban,
    String bic,
    LocalDate signedOn) {}
