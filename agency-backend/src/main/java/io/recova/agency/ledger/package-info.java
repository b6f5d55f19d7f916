/**
 * The trust ledger: a double-entry, append-only record of the third-party funds the agency holds
 * for its creditors (CPCE R124-2: a bank account used only for them; R124-6: remitted within a
 * month of encashment).
 *
 * <p>Every money movement is one {@link io.recova.agency.ledger.LedgerTransaction} of one creditor
 * whose entries balance in each currency (debits = credits). The Java side refuses an unbalanced
 * {@link io.recova.agency.ledger.Movement}; a deferred constraint trigger refuses one at commit
 * as a backstop; nothing is ever updated or deleted (triggers refuse it): a mistake is corrected by
 * a compensating transaction that names the one it reverses.
 *
 * <h2>Chart of accounts</h2>
 *
 * Every transaction, so every entry, belongs to one creditor: the agency-wide accounts (the trust
 * bank account, fee income, VAT) are kept per creditor as sub-ledgers, so that each creditor's
 * share of the bank account is known and the totals are the sums of the creditors' balances.
 *
 * <table>
 *   <caption>Accounts ({@link io.recova.agency.ledger.LedgerAccount})</caption>
 *   <tr><th>account</th><th>normal side</th><th>what it holds</th></tr>
 *   <tr><td>TRUST_BANK</td><td>debit</td><td>the agency's third-party funds bank account: the
 *       creditor's share of it</td></tr>
 *   <tr><td>CREDITOR_PAYABLE</td><td>credit</td><td>funds collected and held for the creditor,
 *       not yet remitted</td></tr>
 *   <tr><td>FEES_RECEIVABLE</td><td>debit</td><td>fees the creditor owes and that could not be
 *       deducted from its funds (e.g. on a payment made directly to it)</td></tr>
 *   <tr><td>COSTS_RECEIVABLE</td><td>debit</td><td>costs advanced by the agency that the creditor
 *       bears (re-billed at cost, netted from its next remittance), and cost repayments a debtor
 *       made directly to the creditor</td></tr>
 *   <tr><td>DEBTOR_COSTS_RECEIVABLE</td><td>debit</td><td>costs advanced by the agency that the
 *       debtor bears (a title puts them on it), not yet recovered from its payments</td></tr>
 *   <tr><td>AGENCY_ADVANCES</td><td>credit</td><td>what the agency advanced from its own
 *       account for the creditor's cases: owed back to the agency by the debtor (once
 *       recovered, out of the trust account) or by the creditor, or its own expense</td></tr>
 *   <tr><td>AGENCY_COST_EXPENSE</td><td>debit</td><td>the costs the agency bears itself when the
 *       mandate says its fee covers them: never the creditor's money</td></tr>
 *   <tr><td>REMITTANCE_RECLAIMABLE</td><td>debit</td><td>what the creditor was paid in excess:
 *       funds remitted to it from a payment the bank later took back (a bounced cheque, a
 *       chargeback), owed back and netted from its next remittance</td></tr>
 *   <tr><td>AGENCY_FEE_INCOME</td><td>credit</td><td>the agency's fees earned on the creditor's
 *       collections, owed to the agency out of the trust account</td></tr>
 *   <tr><td>VAT_PAYABLE</td><td>credit</td><td>VAT on those fees (DOMAIN D6)</td></tr>
 *   <tr><td>REMITTED</td><td>debit</td><td>what has been paid out to the creditor (a remittance
 *       credits TRUST_BANK and debits CREDITOR_PAYABLE; this memo pair keeps the running total
 *       with REMITTED_CONTRA)</td></tr>
 *   <tr><td>DIRECT_COLLECTED / DIRECT_COLLECTED_CONTRA</td><td>memo</td><td>payments the debtor
 *       made directly to the creditor: never in the trust bank account, but the basis of a fee
 *       when the mandate says so</td></tr>
 * </table>
 *
 * <p>A payment to the agency: debit TRUST_BANK, credit CREDITOR_PAYABLE. A payment made directly
 * to the creditor: debit DIRECT_COLLECTED, credit DIRECT_COLLECTED_CONTRA (memo: no funds held).
 * A reversal: the same entries on the opposite sides. The fees on a payment
 * ({@code fee.FeeMovements}): debit CREDITOR_PAYABLE (up to what the payment brought; the rest
 * FEES_RECEIVABLE), credit AGENCY_FEE_INCOME and VAT_PAYABLE. A remittance
 * ({@code remittance.RemittanceMovements}): debit CREDITOR_PAYABLE, credit TRUST_BANK and the
 * netted FEES_RECEIVABLE and COSTS_RECEIVABLE, with the memo pair REMITTED / REMITTED_CONTRA.
 *
 * <p>Costs ({@code cost.CostMovements}): a cost the agency advances credits AGENCY_ADVANCES with
 * its total (the money never passed through the trust account) and debits its bearers:
 * DEBTOR_COSTS_RECEIVABLE, COSTS_RECEIVABLE (the creditor) or AGENCY_COST_EXPENSE. When a payment
 * repays the debtor's share (costs first, DOMAIN D3), that part leaves the creditor's payable:
 * debit CREDITOR_PAYABLE (or COSTS_RECEIVABLE when the debtor paid the creditor directly), credit
 * DEBTOR_COSTS_RECEIVABLE; the money stays in TRUST_BANK for the agency, as its fee income does.
 * When a case closes with the debtor's share unrepaid, that part goes to the bearer of
 * unrecoverable costs: debit COSTS_RECEIVABLE (the creditor) or AGENCY_COST_EXPENSE, credit
 * DEBTOR_COSTS_RECEIVABLE. A cost entered by mistake is reversed by a compensating transaction.
 *
 * <p>A payment reversed after its funds were remitted ({@code payment.RemittedFundsReclaim}):
 * its compensating entries leave the creditor's TRUST_BANK and CREDITOR_PAYABLE below zero, so
 * the same database transaction posts a REMITTED_FUNDS_RECLAIMED movement that brings them back:
 * the agency tops up the trust account from its own funds (debit TRUST_BANK, credit
 * AGENCY_ADVANCES) and the creditor owes what it was paid in excess (debit
 * REMITTANCE_RECLAIMABLE, credit CREDITOR_PAYABLE), which the next remittance nets (credit
 * REMITTANCE_RECLAIMABLE). Fees or costs the creditor had settled by netting and that the
 * reversal cancels (a receivable gone below zero) are owed back to it first: debit the
 * receivable, credit CREDITOR_PAYABLE.
 *
 * <p>{@link io.recova.agency.ledger.LedgerVerification} checks, at any time, that every
 * transaction balances, that the per-creditor balances add up to the totals, and that no
 * creditor's funds are overdrawn (which would mean another creditor's money paid for them).
 */
package io.recova.agency.ledger;
