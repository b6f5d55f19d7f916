package io.recova.agency.letter;

import io.recova.agency.money.Money;

/**
 * The amounts a letter demands, from the case balance on the letter's date. Costs are only those
 * the debtor bears by law or judgment; collection costs left to the creditor never appear
 * (L111-8, R124-4 3°).
 */
public record LetterTotals(
    Money principal, Money interest, Money indemnity, Money costs, Money paid, Money due) {}
