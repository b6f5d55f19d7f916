package io.recova.agency.letter;

import io.recova.agency.money.Money;
import java.time.LocalDate;

/**
 * One unpaid invoice on a letter: the basis of the debt and its amount as principal, interest and
 * accessories (R124-4, 3°), and what the debtor still owes on it.
 *
 * @param indemnity the fixed 40 EUR recovery indemnity of a business claim, zero otherwise
 */
public record LetterClaimLine(
    String invoiceNumber,
    LocalDate invoiceDate,
    LocalDate dueDate,
    Money principal,
    Money interest,
    Money indemnity,
    Money paid,
    Money due) {}
