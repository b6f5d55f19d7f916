-- The fees booked on each payment when it is collected (CPCE R124-3 3°), and their reversals.
-- Append-only like the payments: a reversed payment's fee is reversed by a row of its own and a
-- compensating ledger transaction.

-- One row per payment that was assessed: what the next assessment of the case needs (the
-- cumulative fee base, whether the file fee was charged) and the ledger transaction of the fee.
create table fee_booking (
    payment_id             uuid           primary key references payment (id),
    case_id                uuid           not null references case_file (id),
    creditor_id            uuid           not null references creditor_client (id),
    -- AMICABLE or JUDICIAL: the stage the case was in when the money came in.
    stage                  varchar(10)    not null check (stage in ('AMICABLE', 'JUDICIAL')),
    value_date             date           not null,
    -- Whether the funds are in the trust account (deducted there) or were paid to the creditor
    -- (the fee is then receivable from it).
    funds_held             boolean        not null,
    fee_base               numeric(15, 2) not null check (fee_base >= 0),
    collected_after        numeric(15, 2) not null check (collected_after >= 0),
    costs_recovered        numeric(15, 2) not null check (costs_recovered >= 0),
    file_fee_charged       boolean        not null,
    currency               char(3)        not null,
    -- Null when the payment bore no fee at all (nothing collected for the creditor, no fee due).
    ledger_transaction_id  uuid           references ledger_transaction (id)
);
create index fee_booking_case_idx on fee_booking (case_id);

create table fee_booking_line (
    id           bigint generated always as identity primary key,
    payment_id   uuid           not null references fee_booking (payment_id),
    position     int            not null,
    kind         varchar(24)    not null,
    label        varchar(200)   not null,
    base         numeric(15, 2),
    percent      numeric(7, 4),
    amount       numeric(15, 2) not null,
    vat_percent  numeric(5, 2)  not null,
    vat          numeric(15, 2) not null,
    unique (payment_id, position)
);

-- A fee cancelled with its payment (bounced cheque, chargeback, withdrawn declaration).
create table fee_reversal (
    payment_id             uuid primary key references fee_booking (payment_id),
    reversed_at            timestamptz not null,
    ledger_transaction_id  uuid        references ledger_transaction (id)
);

create trigger fee_booking_append_only
    before update or delete on fee_booking
    for each row execute function evidence_is_append_only();
create trigger fee_booking_line_append_only
    before update or delete on fee_booking_line
    for each row execute function evidence_is_append_only();
create trigger fee_reversal_append_only
    before update or delete on fee_reversal
    for each row execute function evidence_is_append_only();

-- Remittance runs (CPCE R124-6): per period end date, for every creditor due then or one named.
-- A DRAFT is prepared again in place until a manager approves it; an APPROVED run is fixed.
create table remittance_run (
    id           uuid primary key,
    period_end   date         not null,
    -- The one creditor the manager named, or null for every creditor due on the period end.
    creditor_id  uuid         references creditor_client (id),
    status       varchar(10)  not null check (status in ('DRAFT', 'APPROVED')),
    prepared_by  varchar(100) not null,
    prepared_at  timestamptz  not null,
    approved_by  varchar(100),
    approved_at  timestamptz,
    version      bigint       not null default 0
);
-- One run per period end and scope: running the same period again finds it.
create unique index remittance_run_period_scope on remittance_run
    (period_end, coalesce(creditor_id, '00000000-0000-0000-0000-000000000000'));

-- One line per creditor paid (or netted) by a run.
create table remittance_line (
    id                     uuid primary key,
    run_id                 uuid           not null references remittance_run (id),
    creditor_id            uuid           not null references creditor_client (id),
    creditor_name          varchar(200)   not null,
    iban                   varchar(34)    not null,
    bic                    varchar(11),
    payable                numeric(15, 2) not null,
    uncleared              numeric(15, 2) not null check (uncleared >= 0),
    -- Overpayments held on the creditor's cases: the debtors' money, never remitted.
    held_for_debtors       numeric(15, 2) not null check (held_for_debtors >= 0),
    fees_netted            numeric(15, 2) not null check (fees_netted >= 0),
    amount                 numeric(15, 2) not null check (amount >= 0),
    currency               char(3)        not null,
    ledger_transaction_id  uuid           references ledger_transaction (id),
    unique (run_id, creditor_id)
);

-- The payments a line pays: cleared by the period end, on no earlier approved run.
create table remittance_item (
    id                  bigint generated always as identity primary key,
    line_id             uuid           not null references remittance_line (id),
    payment_id          uuid           not null references payment (id),
    late                boolean        not null,
    unique (line_id, payment_id)
);
create index remittance_item_payment_idx on remittance_item (payment_id);
