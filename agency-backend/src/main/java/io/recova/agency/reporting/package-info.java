/**
 * The managers' report of fees and remittances (issue 5): for a period of value dates, what was
 * collected (through the agency's trust account and declared as paid directly to the creditor),
 * the fees excluding VAT, the certificate fees, the VAT on them, what was remitted and what was
 * still awaiting remittance at the period's end, by creditor, by collector and by month.
 *
 * <p>Every figure is read from the trust ledger ({@code io.recova.agency.ledger}) as it holds it:
 * one {@link io.recova.agency.reporting.LedgerMovement} per ledger transaction of the period, its
 * entries netted per account; nothing is worked out again from payments or fee schedules, so the
 * report always agrees with the ledger's balances. {@link
 * io.recova.agency.reporting.FeesAndRemittances} sums the movements three ways and checks that the
 * three groupings come to the same grand total.
 *
 * <p>The collector of a movement is the case's collector as assigned when the report is run: the
 * data model keeps the current assignee on the case, not a history of assignments. A remittance
 * pays a creditor, not a case, so its amount sits on the collector grouping's line of movements
 * tied to no collector; and what awaits remittance is a balance of the creditor, so that grouping
 * does not show it.
 */
package io.recova.agency.reporting;
