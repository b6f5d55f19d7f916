package io.recova.agency.valuation;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A dossier valued at a date (DOMAIN D1–D3).
 *
 * @param interestComplete false when a reference rate is missing: interest then stops at {@code
 *     interestThrough} and a warning says which rate an admin must record
 * @param held what the debtor paid beyond the balance, held on the case and never lost
 */
public record CaseBalance(
    LocalDate asOf,
    String currency,
    Money principal,
    Money interest,
    Money indemnity,
    Money costs,
    Money paid,
    Money due,
    Money held,
    boolean interestComplete,
    LocalDate interestThrough,
    List<String> warnings,
    List<ClaimBalance> claims) {}
