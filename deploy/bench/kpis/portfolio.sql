-- A scratch portfolio for timing the KPI queries (never run it on a real database: it disables
-- triggers and foreign keys while it loads). Creditor C (1111...) has 300,000 cases, creditor D
-- (2222...) 30,000: two claims each, payments on 55 % of them with their fee, monthly remittances,
-- a few reversals, promises, plans, proceedings and timeline events. See run.sh.
set session_replication_role = replica;
create temporary table gen_case as
select gen_random_uuid() as id,
       case when g <= 300000 then '11111111-1111-1111-1111-111111111111'::uuid
            else '22222222-2222-2222-2222-222222222222'::uuid end as creditor_id,
       g,
       now() - make_interval(days => (random() * 1100)::int) as opened_at,
       (array['NEW','AMICABLE','AMICABLE','AMICABLE','AMICABLE','FORMAL_NOTICE','FORMAL_NOTICE',
              'PAYMENT_PLAN','JUDICIAL','ENFORCEMENT','CLOSED_PAID','CLOSED_PAID','CLOSED_PAID',
              'CLOSED_SETTLED','CLOSED_IRRECOVERABLE','RETURNED_TO_CLIENT','DISPUTED','ON_HOLD',
              'AMICABLE','CLOSED_PAID'])[1 + (g % 20)] as stage,
       round((100 + random() * 9900)::numeric, 2) as principal
from generate_series(1, 330000) g;

insert into case_file (id, creditor_id, debtor_id, external_reference, stage, suspended_from, assigned_collector,
    currency, debtor_name, principal_total, earliest_due_date, limitation_date, intake_fingerprint,
    opened_at, stage_changed_at, version)
select id, creditor_id, gen_random_uuid(), 'REF-' || g, stage, case when stage in ('DISPUTED','ON_HOLD') then 'AMICABLE' end, 'collector' || (g % 25), 'EUR',
    'Debtor ' || g, principal, (opened_at - interval '60 days')::date,
    (opened_at + interval '5 years' - make_interval(days => (random() * 1500)::int))::date,
    repeat('0', 64), opened_at,
    least(now(), opened_at + make_interval(days => (random() * 200)::int)), 0
from gen_case;

insert into claim (id, case_id, position, invoice_number, invoice_date, due_date, principal,
    currency, nature)
select gen_random_uuid(), c.id, p, 'INV-' || c.g || '-' || p,
    (c.opened_at - ((60 + p * 45) || ' days')::interval)::date,
    (c.opened_at - ((30 + p * 45) || ' days')::interval)::date,
    case when p = 1 then round(c.principal * 0.6, 2) else c.principal - round(c.principal * 0.6, 2) end,
    'EUR', 'B2B'
from gen_case c cross join generate_series(1, 2) p;

-- Payments on 55 % of the cases, through the agency or declared direct.
create temporary table gen_pay as
select gen_random_uuid() as id, gen_random_uuid() as tx, gen_random_uuid() as fee_tx, c.id as case_id,
    c.creditor_id, round(c.principal * (0.2 + random() * 0.8)::numeric, 2) as amount,
    case when c.g % 7 = 0 then 'DIRECT_TO_CREDITOR' else 'BANK_TRANSFER' end as method,
    least(current_date, (c.opened_at + make_interval(days => (random() * 180)::int))::date) as value_date
from gen_case c where c.g % 20 < 11;

insert into ledger_transaction (id, kind, creditor_id, case_id, source_type, source_id,
    value_date, recorded_at, recorded_by, description)
select tx, case when method = 'DIRECT_TO_CREDITOR'
    then 'DIRECT_PAYMENT_DECLARED' else 'PAYMENT_RECEIVED' end, creditor_id, case_id, 'Payment',
    id, value_date, now(), 'gen', 'payment'
from gen_pay;
insert into ledger_entry (transaction_id, account, side, amount, currency)
select tx, case when method = 'DIRECT_TO_CREDITOR' then 'DIRECT_COLLECTED' else 'TRUST_BANK' end,
    'D', amount, 'EUR' from gen_pay
union all
select tx, case when method = 'DIRECT_TO_CREDITOR' then 'DIRECT_COLLECTED_CONTRA'
    else 'CREDITOR_PAYABLE' end, 'C', amount, 'EUR' from gen_pay;
-- The fee on each payment: 15 % and 20 % VAT, charged to the creditor's payable.
insert into ledger_transaction (id, kind, creditor_id, case_id, source_type, source_id,
    value_date, recorded_at, recorded_by, description)
select fee_tx, 'FEE_CHARGED', creditor_id, case_id, 'FeeBooking',
    gen_random_uuid(), value_date, now(), 'gen', 'fee'
from gen_pay;
insert into ledger_entry (transaction_id, account, side, amount, currency)
select fee_tx, 'CREDITOR_PAYABLE', 'D', round(amount * 0.18, 2), 'EUR' from gen_pay
union all select fee_tx, 'AGENCY_FEE_INCOME', 'C', round(amount * 0.15, 2), 'EUR' from gen_pay
union all select fee_tx, 'VAT_PAYABLE', 'C', round(amount * 0.18, 2) - round(amount * 0.15, 2),
    'EUR' from gen_pay;

insert into payment (id, case_id, creditor_id, amount, currency, method, value_date,
    idempotency_key, request_fingerprint, held_on_posting, recorded_by, recorded_at,
    ledger_transaction_id)
select id, case_id, creditor_id, amount, 'EUR', method, value_date, id::text, repeat('0', 64), 0,
    'gen', now(), tx from gen_pay;

-- Monthly remittances to each creditor for three years.
insert into ledger_transaction (id, kind, creditor_id, source_type, source_id, value_date,
    recorded_at, recorded_by, description)
select gen_random_uuid(), 'REMITTANCE', cr, 'RemittanceRun',
    gen_random_uuid(), (date_trunc('month', current_date) - (m || ' months')::interval)::date, now(),
    'gen', 'remittance'
from generate_series(0, 36) m cross join (values ('11111111-1111-1111-1111-111111111111'::uuid),
    ('22222222-2222-2222-2222-222222222222'::uuid)) v(cr);
insert into ledger_entry (transaction_id, account, side, amount, currency)
select t.id, a.account, a.side, 25000.00, 'EUR' from ledger_transaction t
cross join (values ('REMITTED', 'D'), ('CREDITOR_PAYABLE', 'D'), ('TRUST_BANK', 'C'),
    ('REMITTED_CONTRA', 'C')) a(account, side)
where t.kind = 'REMITTANCE';

-- Some reversals, promises, plans, events, proceedings.
insert into payment_reversal (id, payment_id, reason, reversed_by, reversed_at, ledger_transaction_id)
select gen_random_uuid(), id, 'BOUNCED_CHEQUE', 'gen', now(), gen_random_uuid() from gen_pay
where random() < 0.02;
insert into promise_to_pay (id, case_id, amount, currency, promised_on, due_date, recorded_at, recorded_by)
select gen_random_uuid(), c.id, round(c.principal / 3, 2), 'EUR', (c.opened_at + interval '10 days')::date,
    (c.opened_at + interval '40 days')::date, now(), 'gen'
from gen_case c where c.g % 3 = 0;
insert into payment_plan (id, case_id, creditor_id, total, currency, frequency, installment_count,
    first_due_date, proposed_on, status, breached_on, created_by, created_at, version)
select gen_random_uuid(), c.id, c.creditor_id, c.principal, 'EUR', 'MONTHLY', 6,
    (c.opened_at + interval '30 days')::date, (c.opened_at + interval '20 days')::date,
    case when c.g % 2 = 0 then 'BREACHED' else 'ACTIVE' end,
    case when c.g % 2 = 0 then (c.opened_at + interval '90 days')::date end, 'gen',
    c.opened_at + interval '20 days', 0
from gen_case c where c.stage = 'PAYMENT_PLAN' or c.g % 40 = 1;
insert into case_event (case_id, occurred_at, actor, kind, from_stage, to_stage, internal)
select c.id, c.opened_at, 'gen', 'OPENED', null, 'NEW', false from gen_case c
union all
select c.id, c.stage_changed_at, 'gen', 'STAGE_CHANGED', 'AMICABLE', c.stage, false from case_file c
where c.stage <> 'NEW'
union all
select c.id, c.opened_at + interval '5 days', 'gen', 'ACTIVITY', null, null, false from gen_case c;
insert into judicial_proceeding (id, case_id, creditor_id, route, forum, suggested_route,
    opened_on, opened_at, opened_by)
select gen_random_uuid(), c.id, c.creditor_id, 'PAYMENT_ORDER', 'COMMERCIAL_COURT', 'PAYMENT_ORDER',
    c.stage_changed_at::date, c.stage_changed_at, 'gen'
from case_file c where c.stage in ('JUDICIAL', 'ENFORCEMENT') or random() < 0.01;
set session_replication_role = origin;
analyze;
select (select count(*) from case_file) cases, (select count(*) from claim) claims,
  (select count(*) from payment) payments, (select count(*) from ledger_entry) entries,
  (select count(*) from case_event) events;
