/**
 * Remittances (reversements): paying each creditor the funds held for it in the trust ledger
 * (CPCE R124-6: within a month of actual encashment, DOMAIN D5).
 *
 * <p>A {@link io.recova.agency.remittance.RemittanceRun} covers a period end date and every
 * creditor whose mandate's frequency makes it due then (or one creditor named by the manager).
 * For each creditor, {@link io.recova.agency.remittance.RemittanceCalculator} takes what the ledger
 * holds for it (collected less fees, VAT and agreed costs: the CREDITOR_PAYABLE balance), holds
 * back the payments not yet cleared on the period end ({@link
 * io.recova.agency.remittance.ClearingDelays}), nets the fees the creditor owes on payments made to
 * it directly, and pays the rest. A run stays DRAFT until a manager approves it; approval writes
 * each line's payment to the ledger and fixes the run, provided no funds of its creditors moved
 * since it was prepared ({@link io.recova.agency.remittance.FundsMark}) and no other run paid them
 * since. What was remitted is no longer payable, so a second run pays nothing twice. A line keeps
 * the number and totals of the payments it pays; the payments are its items.
 */
package io.recova.agency.remittance;
