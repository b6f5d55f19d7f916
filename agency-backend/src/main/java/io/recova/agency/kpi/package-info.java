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
 * <p>Read models (migrations V26, V29 and V30), kept up to date by triggers in the transaction of
 * each write, never by a batch: {@code kpi_ledger_day}, the ledger's net debits per creditor, value
 * date, account and kind (a reversal under the kind it reverses); {@code kpi_case_paid}, what each
 * case has paid less reversals and its payments' latest value dates; {@code kpi_case_ageing}, each
 * open case's unpaid claims by due date, and {@code kpi_case_day}, the cases per creditor, opening
 * day (Europe/Paris) and stage with their principal and what they paid; {@code kpi_promise}, each
 * promise with its case's creditor and the day its case's payments reached it (V30). Changes to the
 * per-creditor totals of the last two go to append-only logs ({@code kpi_ageing_delta}, {@code
 * kpi_case_day_delta}) that {@link io.recova.agency.kpi.KpiCompaction} moves into the totals every
 * minute: writers never update a total shared by a creditor's cases, so an import and a payment of
 * one creditor never wait for each other, and a reading sums the totals and the logs in one
 * snapshot. An aged balance as of an earlier date (or after something dated ahead), and a
 * collector's figures (its scope is the cases assigned to it now, which per-creditor rows cannot
 * tell apart; not the creditor dashboard's path) are computed from the source rows. KpiReadModelsIT
 * checks each model against its recomputation.
 *
 * <p>Cost, measured with the benchmark harness (README, "Benchmarks") on 1,000,000 generated cases,
 * the largest creditor holding 300,000, through the API on an idle 2-core machine: the creditor's
 * whole dashboard (KPIs over a year, monthly trend, today's aged balance) 91 ms median, 119 ms p95;
 * the KPIs alone 64 ms median, 87 ms p95, against 0.9 s for the bare aggregates over the raw
 * tables. Before V34 the KPIs took 100 ms (the amount near limitation read each case's table page,
 * the breached plans scanned every plan); before V30, 211 ms (the promises kept probed each
 * promise's payments); before V29, 2.4 s; before V26, 4.4 s for the dashboard on 300,000 cases.
 * The largest statement left is the amount near limitation, a probe of each open case's running
 * total (about 10 ms).
 * The queries run with custom plans ({@code plan_cache_mode}, local to their transaction): generic
 * plans of prepared statements scanned the cases.
 */
package io.recova.agency.kpi;
