-- Settlements (transactions / remises): a discount on what the debtor owes, granted by a
-- collector within the mandate's authority, or approved by a manager or the creditor above it.

-- The discount (in % of the balance due) a collector may grant without asking anyone.
alter table mandate
    add column settlement_authority_percent numeric(5, 2) not null default 10
        check (settlement_authority_percent between 0 and 100);

create table settlement (
    id                uuid primary key,
    case_id           uuid           not null references case_file (id),
    -- Kept with the settlement so the creditor's approvals list needs no join to be scoped.
    creditor_id       uuid           not null references creditor_client (id),
    amount            numeric(15, 2) not null check (amount > 0),
    currency          char(3)        not null,
    balance_due       numeric(15, 2) not null check (balance_due >= amount),
    discount_percent  numeric(5, 2)  not null check (discount_percent between 0 and 100),
    pay_by            date           not null,
    status            varchar(26)    not null check (status in ('PROPOSED_AWAITING_APPROVAL',
        'ACCEPTED', 'REFUSED', 'PAID', 'LAPSED')),
    proposed_by       varchar(100)   not null,
    proposed_at       timestamptz    not null,
    note              varchar(1000),
    decided_by        varchar(100),
    decided_at        timestamptz,
    decision_note     varchar(1000),
    version           bigint         not null default 0,
    constraint settlement_decision_check check ((status = 'PROPOSED_AWAITING_APPROVAL')
        = (decided_at is null))
);
-- One open settlement per case: a second proposal waits until the first is refused, paid or lapsed.
create unique index settlement_open_per_case_key on settlement (case_id)
    where status in ('PROPOSED_AWAITING_APPROVAL', 'ACCEPTED');
create index settlement_case_idx on settlement (case_id, proposed_at);
create index settlement_awaiting_idx on settlement (creditor_id, proposed_at)
    where status = 'PROPOSED_AWAITING_APPROVAL';
create index settlement_accepted_idx on settlement (id) where status = 'ACCEPTED';
