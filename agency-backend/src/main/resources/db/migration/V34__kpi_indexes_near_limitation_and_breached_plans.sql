-- Two statements of the creditor dashboard's KPIs, at 1,000,000 cases (issue 8):
--
-- The amount near limitation read each open case near its limitation date from the table, one
-- page per case (5,370 pages for the 5,308 cases of the largest creditor, 12 ms of its 21 ms):
-- the index on the creditor and the limitation date now carries the stage, currency and
-- principal it filters and adds up, and is read alone.
create index case_file_creditor_limitation_cover_idx on case_file (creditor_id, limitation_date, id)
    include (stage, currency, principal_total);
drop index case_file_creditor_limitation_idx;

-- The unpaid principal of cases whose latest plan is breached scanned every payment plan for
-- the breached ones (80,295 plans, 13 ms); they are few, and indexed alone.
create index payment_plan_breached_idx on payment_plan (breached_on, case_id)
    where status = 'BREACHED';
