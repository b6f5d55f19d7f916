-- Costs the agency advances on a case (court fees, commissaires de justice, lawyers), who bears
-- each (L111-8; CPC 695-700; A444-32) and how it is recovered. Append-only like every money
-- record: a cost entered by mistake gets a reversal row and a compensating ledger transaction.

-- Who bears a cost the debtor does not: the creditor (re-billed at cost, the default) or the
-- agency when its mandate says its fee covers such costs.
alter table mandate
    add column unrecoverable_costs_borne_by varchar(8) not null default 'CREDITOR'
        check (unrecoverable_costs_borne_by in ('CREDITOR', 'AGENCY'));

create table advanced_cost (
    id                     uuid primary key,
    case_id                uuid           not null references case_file (id),
    -- Kept with the cost so a creditor's lists and re-billing are scoped without a join.
    creditor_id            uuid           not null references creditor_client (id),
    kind                   varchar(32)    not null check (kind in ('COURT_FEE', 'COMMISSAIRE_ACT',
        'COMMISSAIRE_PROPORTIONAL_FEE', 'LAWYER_FEE', 'OTHER')),
    -- As invoiced by the supplier: the amount before VAT and the VAT it carries (court fees
    -- carry none). The agency pays, and splits, the total.
    amount_excl_vat        numeric(15, 2) not null check (amount_excl_vat > 0),
    vat                    numeric(15, 2) not null check (vat >= 0),
    currency               char(3)        not null,
    supplier               varchar(200)   not null,
    incurred_on            date           not null,
    judicial_step_id       uuid           references judicial_step (id),
    reference              varchar(100)   not null,
    -- The split decided when recorded (CostAllocation), with its reason. debtor_within_award is
    -- the part of the debtor's share a judgment award already put on the balance (article 700,
    -- liquidated dépens): it is not added twice.
    debtor_share           numeric(15, 2) not null check (debtor_share >= 0),
    debtor_within_award    numeric(15, 2) not null check (debtor_within_award >= 0
        and debtor_within_award <= debtor_share),
    other_share            numeric(15, 2) not null check (other_share >= 0),
    other_bearer           varchar(8)     not null check (other_bearer in ('CREDITOR', 'AGENCY')),
    reason                 varchar(300)   not null,
    recorded_by            varchar(100)   not null,
    recorded_at            timestamptz    not null,
    ledger_transaction_id  uuid           not null references ledger_transaction (id),
    constraint advanced_cost_split_check check (debtor_share + other_share = amount_excl_vat + vat)
);
create index advanced_cost_case_idx on advanced_cost (case_id, incurred_on);
create index advanced_cost_creditor_idx on advanced_cost (creditor_id, incurred_on);

create table advanced_cost_reversal (
    cost_id                uuid primary key references advanced_cost (id),
    reason                 varchar(500)   not null,
    reversed_by            varchar(100)   not null,
    reversed_at            timestamptz    not null,
    ledger_transaction_id  uuid           not null references ledger_transaction (id)
);

-- The part of a payment that repaid the agency's advances (DOMAIN D3: costs first): it goes
-- back to the agency, not to the creditor's payable.
create table cost_recovery (
    payment_id             uuid primary key references payment (id),
    case_id                uuid           not null references case_file (id),
    creditor_id            uuid           not null references creditor_client (id),
    amount                 numeric(15, 2) not null check (amount > 0),
    currency               char(3)        not null,
    ledger_transaction_id  uuid           not null references ledger_transaction (id)
);
create index cost_recovery_case_idx on cost_recovery (case_id);

create table cost_recovery_reversal (
    payment_id             uuid primary key references cost_recovery (payment_id),
    reversed_at            timestamptz    not null,
    ledger_transaction_id  uuid           not null references ledger_transaction (id)
);

create trigger advanced_cost_append_only
    before update or delete on advanced_cost
    for each row execute function evidence_is_append_only();
create trigger advanced_cost_reversal_append_only
    before update or delete on advanced_cost_reversal
    for each row execute function evidence_is_append_only();
create trigger cost_recovery_append_only
    before update or delete on cost_recovery
    for each row execute function evidence_is_append_only();
create trigger cost_recovery_reversal_append_only
    before update or delete on cost_recovery_reversal
    for each row execute function evidence_is_append_only();

-- A remittance nets the costs the creditor bears, as it nets the fees it owes.
alter table remittance_line
    add column costs_netted numeric(15, 2) not null default 0 check (costs_netted >= 0);

-- What the debtor still owed of the agency's advances when its case closed, charged to the
-- mandate's bearer of unrecoverable costs (the creditor, re-billed; or the agency).
create table unrecovered_cost (
    case_id                uuid primary key references case_file (id),
    creditor_id            uuid           not null references creditor_client (id),
    amount                 numeric(15, 2) not null check (amount > 0),
    currency               char(3)        not null,
    borne_by               varchar(8)     not null check (borne_by in ('CREDITOR', 'AGENCY')),
    recorded_at            timestamptz    not null,
    ledger_transaction_id  uuid           not null references ledger_transaction (id)
);
create trigger unrecovered_cost_append_only
    before update or delete on unrecovered_cost
    for each row execute function evidence_is_append_only();
