/**
 * Key performance indicators and the aged balance of a portfolio (issue 7): what a creditor reads
 * in its portal and a manager across the agency, by creditor or by collector.
 *
 * <p>Each figure is defined once, in {@link io.recova.agency.kpi.Kpi} (and the ageing buckets in
 * {@link io.recova.agency.kpi.AgeBucket}), with the French and English text the user reads next
 * to it. {@link io.recova.agency.kpi.KpiQueries} reads small aggregate rows from the database (never
 * the cases themselves: a creditor may have 300,000 of them), money from the trust ledger and the
 * payments as the fee and remittance code write them; {@link io.recova.agency.kpi.KpiCalculator}
 * and {@link io.recova.agency.kpi.AgedBalanceCalculator} turn them into the figures, pure Java
 * tested with worked numbers. {@link io.recova.agency.kpi.Kpis} decides the caller's scope: a client
 * user always and only its own creditor; a collector the cases assigned to it; managers and admins
 * the agency, any creditor or any collector.
 *
 * <p>Figures are in euros, the agency's book currency: cases in another currency are left out.
 *
 * <p>Cost: every reading aggregates the scope's rows of the period (deploy/bench/kpis times the
 * queries on a generated creditor of 300,000 cases). The V21 indexes serve each query; what is
 * left is the work itself, mostly the aged balance (every open claim, sorted per case to apply
 * payments oldest first) and the ledger's month-by-month sums. Going well under a second at that
 * size needs read models kept up to date on write (ledger totals per creditor and day, paid to
 * date per case), not more indexes.
 */
package io.recova.agency.kpi;
