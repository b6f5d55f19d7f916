-- Indexes for the KPI and aged-balance aggregates (io.recova.agency.kpi.KpiQueries): each sum
-- reads one creditor's (or one collector's) rows of the period, never the whole table.

-- Ledger movements of a creditor over a period (collected, remitted, fees, payable at a date),
-- and of the agency over a period.
create index ledger_transaction_creditor_value_idx on ledger_transaction (creditor_id, value_date);
create index ledger_transaction_value_idx on ledger_transaction (value_date);
-- A collector's figures reach the ledger through the cases.
create index ledger_transaction_case_idx on ledger_transaction (case_id) where case_id is not null;

-- Overpayments held and payments of a creditor up to a date.
create index payment_creditor_value_idx on payment (creditor_id, value_date);

-- Cases closed in a period (conversion rate, days to payment), per creditor and agency-wide.
create index case_file_creditor_closed_idx on case_file (creditor_id, stage_changed_at)
    where stage in ('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE', 'RETURNED_TO_CLIENT');
create index case_file_closed_idx on case_file (stage_changed_at)
    where stage in ('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE', 'RETURNED_TO_CLIENT');
-- A collector's cases opened in a period.
create index case_file_collector_opened_idx on case_file (assigned_collector, opened_at)
    where assigned_collector is not null;

-- The latest plan of a case (broken plans at risk).
create index payment_plan_case_created_idx on payment_plan (case_id, created_at);
