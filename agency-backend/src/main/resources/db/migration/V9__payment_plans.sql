-- Payment plans (échéanciers) on a case: installments, the debtor's signature, and the breach
-- that puts the case back to work.

create table payment_plan (
    id                 uuid primary key,
    case_id            uuid           not null references case_file (id),
    -- The case's creditor, kept with the plan so tenant-scoped reads never need the case row.
    creditor_id        uuid           not null references creditor_client (id),
    total              numeric(15, 2) not null check (total > 0),
    currency           char(3)        not null,
    frequency          varchar(8)     not null check (frequency in ('WEEKLY', 'MONTHLY')),
    installment_count  int            not null check (installment_count between 2 and 60),
    first_due_date     date           not null,
    -- Payments from this day on count towards the plan.
    proposed_on        date           not null,
    -- Null until the debtor signs; the signature interrupts limitation (C. civ. 2240).
    signed_on          date           check (signed_on >= proposed_on),
    status             varchar(10)    not null default 'ACTIVE'
        check (status in ('ACTIVE', 'BREACHED', 'COMPLETED', 'CANCELLED')),
    breached_on        date,
    breached_installment int,
    cancel_reason      varchar(500),
    created_by         varchar(100)   not null,
    created_at         timestamptz    not null,
    version            bigint         not null default 0,
    constraint payment_plan_breach_check
        check ((status = 'BREACHED') = (breached_on is not null and breached_installment is not null)),
    constraint payment_plan_signed_check check (status in ('ACTIVE', 'CANCELLED') or signed_on is not null)
);
-- One plan at a time is in force on a case: a new one replaces a cancelled or ended one.
create unique index payment_plan_one_active_key on payment_plan (case_id) where status = 'ACTIVE';
create index payment_plan_case_idx on payment_plan (creditor_id, case_id, created_at);
-- What the daily breach check walks.
create index payment_plan_signed_active_idx on payment_plan (id)
    where status = 'ACTIVE' and signed_on is not null;

create table payment_plan_installment (
    plan_id   uuid           not null references payment_plan (id),
    seq       int            not null check (seq >= 1),
    due_date  date           not null,
    amount    numeric(15, 2) not null check (amount > 0),
    primary key (plan_id, seq)
);

-- What the debtor signed does not change afterwards; a new schedule is a new plan.
create trigger payment_plan_installment_append_only
    before update or delete on payment_plan_installment
    for each row execute function evidence_is_append_only();

-- A breached plan gives its case's collector one task, besides the strategies' steps.
alter table task
    alter column strategy_id drop not null,
    alter column step_position drop not null,
    add column payment_plan_id uuid references payment_plan (id),
    add constraint task_origin_check check (
        (strategy_id is not null and step_position is not null and payment_plan_id is null)
        or (strategy_id is null and step_position is null and payment_plan_id is not null));
-- One breach task per plan, however often the daily job runs.
create unique index task_plan_breach_key on task (payment_plan_id) where payment_plan_id is not null;
