-- A payment reversed after its funds were remitted to the creditor (a bounced cheque, a card
-- chargeback months later): the reversal is recorded, and in the same transaction the agency tops
-- up the trust account from its own funds while the creditor owes back what it was paid in excess
-- (ledger kind REMITTED_FUNDS_RECLAIMED, account REMITTANCE_RECLAIMABLE), netted from its next
-- remittance. Columns added with defaults: no existing row is updated (the tables are
-- append-only).

-- What settled the creditor's funds on the reversal, zero when they still covered the payment.
alter table payment_reversal
    add column advanced_by_agency      numeric(15, 2) not null default 0
        check (advanced_by_agency >= 0),
    add column reclaimed_from_creditor numeric(15, 2) not null default 0
        check (reclaimed_from_creditor >= 0),
    -- Fees or costs the creditor had paid (netted) on the payment, owed back to it.
    add column refunded_to_creditor    numeric(15, 2) not null default 0
        check (refunded_to_creditor >= 0),
    add column reclaim_transaction_id  uuid references ledger_transaction (id);

-- A remittance nets what the creditor owes back, as it nets fees and costs; what its funds did
-- not cover stays owed and the line says so.
alter table remittance_line
    add column reclaimed_netted    numeric(15, 2) not null default 0
        check (reclaimed_netted >= 0),
    add column reclaim_outstanding numeric(15, 2) not null default 0
        check (reclaim_outstanding >= 0);
