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
 * <p>Read models (migration V26), kept up to date by triggers in the transaction of each write,
 * never by a batch: {@code kpi_ledger_day}, the ledger's net debits per creditor, value date,
 * account and kind (a reversal under the kind it reverses); {@code kpi_case_paid}, what each case
 * has paid less reversals and its payments' latest value dates; {@code kpi_case_ageing} and its
 * totals {@code kpi_open_ageing}, today's unpaid claims of the open cases by due date. The ledger
 * figures, the payable, the days to payment, the amount at risk and today's aged balance read
 * them; an aged balance as of an earlier date (or after something dated ahead) is computed from
 * the claims, and a collector's ledger figures from the entries (its scope is the cases assigned
 * to it now, which the per-creditor totals cannot tell apart; not the creditor dashboard's path).
 * KpiReadModelsIT checks each table against its recomputation from the source rows.
 *
 * <p>Cost, measured with deploy/bench/kpis/run.sh (median of 5 runs of each query, EXPLAIN
 * ANALYZE without per-node timing) on a scratch database of 330,000 cases (300,000 for the
 * creditor read), 660,000 claims, 181,500 payments and 908,000 ledger entries, on 2 cores shared
 * with other builds (load average 7.4): one creditor's dashboard over a year (its KPIs, trend and
 * aged balance) went from 4.4 s to 1.03 s. Ledger by month 611 to 2.6 ms, payable 302 to 1.4 ms,
 * aged balance 2,213 to 0.7 ms, days to payment 233 to 104 ms. What is left is per-case work over
 * the creditor's 300,000 cases, none above 0.3 s: promises kept 281 ms, closures 193, collected on
 * entrusted cases 152, cases by stage 91, amount near limitation 76, entrusted 69, held 57. Going
 * well under a second on such a loaded machine needs the same treatment for those (counts and
 * sums per creditor and opening day). An aged balance as of an earlier date still takes 1.6 s.
 */
package io.recova.agency.kpi;
