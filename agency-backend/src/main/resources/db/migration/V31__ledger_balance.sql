-- Each creditor's balance per account and currency, kept as entries are written (issue 8).
-- Summing the ledger on each reading grew with it: at 1,000,000 cases the largest creditor has
-- over a million entries, a remittance run read every creditor's balances three times (2.7 s
-- each), and recording a payment, which checks its creditor's balances, read them all each time.
-- TrustLedger reads this table; the ledger verification checks it against the entries.
create table ledger_balance (
    creditor_id  uuid           not null references creditor_client (id),
    account      varchar(40)    not null,
    currency     char(3)        not null,
    debits       numeric(19, 2) not null,
    credits      numeric(19, 2) not null,
    primary key (creditor_id, account, currency)
);

-- Not deferred, unlike the KPI read models: a service reads the balances it has just moved in the
-- same transaction (an approval issues its fee invoices on what the remittance left). An entry and
-- its transaction are written in either order (the entry's foreign key is deferred), so each is
-- counted by whichever of the two rows comes second: the entry's trigger when its transaction is
-- there, the transaction's trigger for the entries written before it. Both tables are append-only
-- (V12): an insert is the only change to follow.
create function ledger_balance_add_entry() returns trigger
    language plpgsql as
$$
begin
    insert into ledger_balance as b (creditor_id, account, currency, debits, credits)
    select t.creditor_id, new.account, new.currency,
           case new.side when 'D' then new.amount else 0 end,
           case new.side when 'C' then new.amount else 0 end
    from ledger_transaction t
    where t.id = new.transaction_id
    on conflict (creditor_id, account, currency)
        do update set debits = b.debits + excluded.debits, credits = b.credits + excluded.credits;
    return null;
end;
$$;

create function ledger_balance_add_transaction() returns trigger
    language plpgsql as
$$
begin
    -- In the order of the key, so that the rows of one transaction are locked in one order.
    insert into ledger_balance as b (creditor_id, account, currency, debits, credits)
    select new.creditor_id, e.account, e.currency,
           coalesce(sum(e.amount) filter (where e.side = 'D'), 0),
           coalesce(sum(e.amount) filter (where e.side = 'C'), 0)
    from ledger_entry e
    where e.transaction_id = new.id
    group by e.account, e.currency
    order by e.account, e.currency
    on conflict (creditor_id, account, currency)
        do update set debits = b.debits + excluded.debits, credits = b.credits + excluded.credits;
    return null;
end;
$$;

create trigger ledger_entry_balance
    after insert on ledger_entry
    for each row execute function ledger_balance_add_entry();

create trigger ledger_transaction_balance
    after insert on ledger_transaction
    for each row execute function ledger_balance_add_transaction();

insert into ledger_balance (creditor_id, account, currency, debits, credits)
select t.creditor_id, e.account, e.currency,
       coalesce(sum(e.amount) filter (where e.side = 'D'), 0),
       coalesce(sum(e.amount) filter (where e.side = 'C'), 0)
from ledger_entry e
join ledger_transaction t on t.id = e.transaction_id
group by t.creditor_id, e.account, e.currency;
