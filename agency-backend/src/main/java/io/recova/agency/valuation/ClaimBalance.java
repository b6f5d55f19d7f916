package io.recova.agency.valuation;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One claim valued at a date: its interest periods, what payments went to, and what is still due.
 *
 * @param interestBasis which rule sets the interest (for the reader: a statute or the contract)
 * @param interestFrom the first day of interest, or null when none runs yet
 */
public record ClaimBalance(
    UUID claimId,
    String invoiceNumber,
    ClaimNature nature,
    LocalDate dueDate,
    String interestBasis,
    LocalDate interestFrom,
    List<InterestPeriod> periods,
    Money principal,
    Money interest,
    Money indemnity,
    Money paidToInterest,
    Money paidToIndemnity,
    Money paidToPrincipal,
    Money due) {}
