package io.recova.agency.casefile.intake;

import io.recova.agency.casefile.NewClaim;
import java.util.List;
import java.util.Map;

/**
 * One data row of a CSV file, read but not yet checked: its claim and what it says about the case.
 *
 * @param row the row number as Excel shows it
 * @param reference the case it belongs to, or null when neither a reference nor an invoice number
 *     is given
 * @param caseValues the non-blank values of the case's columns (debtor fields and formal notice
 *     date), as text except the kind ({@code DebtorKind}) and the date ({@code LocalDate})
 * @param claim the invoice; its nature is null when the row does not give it
 * @param cells the row's cells as written, to quote them in messages
 */
record ClaimRow(
    int row,
    String reference,
    Map<ImportColumn, Object> caseValues,
    NewClaim claim,
    List<String> cells) {}
