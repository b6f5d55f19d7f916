-- Payments on cases and the trust ledger of third-party funds (CPCE R124-2, R124-5, R124-6).
-- Both are append-only: a reversal is a row of its own and a compensating ledger transaction,
-- never an update or a delete.

-- The trust ledger: one transaction per money movement, each of one creditor, balanced per
-- currency (sum of debits = sum of credits). The chart of accounts is io.recova.agency.ledger.
create table ledger_transaction (
    id           uuid primary key,
    -- The order of posting, for statements and the verifier.
    seq          bigint generated always as identity unique,
    kind         varchar(32)   not null,
    -- Every transaction moves one creditor's money only: no creditor's funds land on another.
    creditor_id  uuid          not null references creditor_client (id),
    case_id      uuid          references case_file (id),
    -- What the movement records, e.g. ('Payment', its id), so a reader can go back to it.
    source_type  varchar(40)   not null,
    source_id    uuid          not null,
    -- A compensating transaction names the one it reverses; a transaction is reversed once.
    reverses_id  uuid          unique references ledger_transaction (id),
    -- The day the money moved (value date) and when it was written down, kept apart.
    value_date   date          not null,
    recorded_at  timestamptz   not null,
    recorded_by  varchar(100)  not null,
    description  varchar(500)  not null
);
create index ledger_transaction_creditor_idx on ledger_transaction (creditor_id, seq);
create index ledger_transaction_source_idx on ledger_transaction (source_type, source_id);

create table ledger_entry (
    id              bigint generated always as identity primary key,
    -- Deferred: the transaction and its entries are written together, in whatever order.
    transaction_id  uuid           not null references ledger_transaction (id)
        deferrable initially deferred,
    account         varchar(40)    not null,
    side            char(1)        not null check (side in ('D', 'C')),
    amount          numeric(15, 2) not null check (amount > 0),
    currency        char(3)        not null
);
create index ledger_entry_transaction_idx on ledger_entry (transaction_id);

-- At commit, every transaction touched has at least two entries and balances in each currency.
-- The Java side refuses an unbalanced transaction before it reaches here; this is the backstop.
create function ledger_transaction_must_balance() returns trigger
    language plpgsql as
$$
declare
    tx uuid;
begin
    -- Two branches: the column differs (and so does its type) between the two tables.
    if tg_table_name = 'ledger_transaction' then
        tx := new.id;
    else
        tx := new.transaction_id;
    end if;
    if (select count(*) from ledger_entry where transaction_id = tx) < 2 then
        raise exception 'ledger transaction % has fewer than two entries', tx;
    end if;
    if exists (select 1 from ledger_entry where transaction_id = tx group by currency
               having sum(case side when 'D' then amount else -amount end) <> 0) then
        raise exception 'ledger transaction % does not balance', tx;
    end if;
    return null;
end;
$$;

create constraint trigger ledger_transaction_balanced
    after insert on ledger_transaction deferrable initially deferred
    for each row execute function ledger_transaction_must_balance();

create constraint trigger ledger_entry_balanced
    after insert on ledger_entry deferrable initially deferred
    for each row execute function ledger_transaction_must_balance();

create trigger ledger_transaction_append_only
    before update or delete on ledger_transaction
    for each row execute function evidence_is_append_only();
create trigger ledger_transaction_no_truncate
    before truncate on ledger_transaction
    for each statement execute function evidence_is_append_only();
create trigger ledger_entry_append_only
    before update or delete on ledger_entry
    for each row execute function evidence_is_append_only();
create trigger ledger_entry_no_truncate
    before truncate on ledger_entry
    for each statement execute function evidence_is_append_only();

-- A payment the debtor made: to the agency's third-party account, or directly to the creditor
-- (DIRECT_TO_CREDITOR, declared by the creditor or by staff).
create table payment (
    id                   uuid primary key,
    case_id              uuid           not null references case_file (id),
    -- Kept with the payment so a creditor's lists are scoped without a join.
    creditor_id          uuid           not null references creditor_client (id),
    amount               numeric(15, 2) not null check (amount > 0),
    currency             char(3)        not null,
    method               varchar(20)    not null check (method in ('BANK_TRANSFER', 'CARD',
        'CHEQUE', 'CASH', 'DIRECT_TO_CREDITOR')),
    value_date           date           not null,
    designated_claim_id  uuid           references claim (id),
    reference            varchar(100),
    -- A retried post carries the same key: it finds this row and counts once. The fingerprint
    -- of the request tells a true retry from a different payment reusing the key.
    idempotency_key      varchar(200)   not null,
    request_fingerprint  char(64)       not null,
    -- What this payment paid beyond the balance due when it was posted: held on the case.
    held_on_posting      numeric(15, 2) not null check (held_on_posting >= 0),
    recorded_by          varchar(100)   not null,
    recorded_at          timestamptz    not null,
    ledger_transaction_id uuid          not null references ledger_transaction (id),
    constraint payment_idempotency_key unique (case_id, idempotency_key)
);
create index payment_case_idx on payment (case_id, value_date);

-- A reversal (bounced cheque, chargeback...): one per payment, with its compensating transaction.
create table payment_reversal (
    id                     uuid primary key,
    payment_id             uuid          not null unique references payment (id),
    reason                 varchar(24)   not null check (reason in ('BOUNCED_CHEQUE', 'CHARGEBACK',
        'BANK_RETURN', 'ENTERED_IN_ERROR', 'DECLARATION_WITHDRAWN')),
    note                   varchar(500),
    reversed_by            varchar(100)  not null,
    reversed_at            timestamptz   not null,
    ledger_transaction_id  uuid          not null references ledger_transaction (id)
);

create trigger payment_append_only
    before update or delete on payment
    for each row execute function evidence_is_append_only();
create trigger payment_reversal_append_only
    before update or delete on payment_reversal
    for each row execute function evidence_is_append_only();
