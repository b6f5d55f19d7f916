/**
 * Costs the agency advances on a case (court fees, commissaires de justice, lawyers) and who
 * finally bears each: the debtor when a title puts it on the debtor, otherwise the creditor or the
 * agency as the mandate says (C. pr. exéc. L111-8; CPC 695-700; DOMAIN.md R3.8, R4.8).
 *
 * <p>{@link io.recova.agency.cost.AdvancedCosts} records a cost from the supplier's invoice
 * (amount before VAT and the VAT it carries; the agency pays and splits the total), splits it
 * with {@link io.recova.agency.cost.CostSplit} (which uses {@link
 * io.recova.agency.cost.CostAllocation} and leaves out what a judgment's award already put on the
 * balance) and posts it to the trust ledger ({@link io.recova.agency.cost.CostMovements}; the chart
 * is in the ledger package). Then:
 *
 * <ul>
 *   <li>the debtor's share joins what the debtor owes from the day it was paid ({@link
 *       io.recova.agency.cost.AdvancedCostsOnRecord}) and is repaid first from its payments
 *       (DOMAIN D3): that part goes back to the agency, not to the creditor's payable;
 *   <li>the creditor's share is re-billed at cost and netted from its next remittance, and listed
 *       on its statement; {@code rebilled} gives the costs re-billed per creditor and period, the
 *       débours a fee invoice lists outside the agency's VAT base;
 *   <li>the agency's share is its own expense;
 *   <li>when the case closes, what the debtor never repaid falls to the mandate's bearer of
 *       unrecoverable costs;
 *   <li>a cost entered by mistake is reversed by a compensating entry, unless money already moved
 *       on it (repaid by the debtor, deducted from a remittance).
 * </ul>
 *
 * <p>A split is decided once, when the cost is recorded, from what the case says then: a judgment
 * recorded later does not move the costs recorded before it.
 */
package io.recova.agency.cost;
