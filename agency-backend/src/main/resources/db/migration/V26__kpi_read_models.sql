-- Read models behind the KPIs and the aged balance (issue 7): a creditor's dashboard over 300,000
-- cases must not sum a million ledger entries or every payment of every case on each reading.
-- The tables are kept up to date by triggers in the transaction of the write that changes them
-- (the dashboard is live: no nightly batch) and backfilled here from the rows already there; the
-- application only reads them, and calls kpi_ageing_compact() below. KpiQueries reads them;
-- KpiReadModelsIT checks them against the source rows.

-- Net debits (debits less credits) of the trust ledger per creditor, value date, account, kind of
-- movement and currency. A reversal counts under the kind of the transaction it reverses, as the
-- KPIs read it: "TRUST_BANK/PAYMENT_RECEIVED" nets what came in and what bounced. A day, not a
-- month, so that any period's figures are exact at its ends.
create table kpi_ledger_day (
    creditor_id  uuid           not null,
    value_date   date           not null,
    account      varchar(40)    not null,
    kind         varchar(32)    not null,
    currency     char(3)        not null,
    net_debit    numeric(19, 2) not null,
    primary key (creditor_id, value_date, account, kind, currency)
);
-- The agency's figures (no creditor) over a period.
create index kpi_ledger_day_value_idx on kpi_ledger_day (value_date);

-- Deferred to the commit: a transaction and its entries are written in whatever order (the entry's
-- foreign key is deferred too), so the transaction's creditor, date and kind, and those of the
-- transaction it reverses, are only certain to be there then. The ledger is append-only (V12):
-- an insert is the only change to follow.
create function kpi_ledger_day_add() returns trigger
    language plpgsql as
$$
begin
    insert into kpi_ledger_day as d (creditor_id, value_date, account, kind, currency, net_debit)
    select t.creditor_id, t.value_date, new.account, coalesce(o.kind, t.kind), new.currency,
           case new.side when 'D' then new.amount else -new.amount end
    from ledger_transaction t
    left join ledger_transaction o on o.id = t.reverses_id
    where t.id = new.transaction_id
    on conflict (creditor_id, value_date, account, kind, currency)
        do update set net_debit = d.net_debit + excluded.net_debit;
    return null;
end;
$$;

create constraint trigger ledger_entry_kpi_ledger_day
    after insert on ledger_entry deferrable initially deferred
    for each row execute function kpi_ledger_day_add();

insert into kpi_ledger_day (creditor_id, value_date, account, kind, currency, net_debit)
select t.creditor_id, t.value_date, e.account, coalesce(o.kind, t.kind), e.currency,
       sum(case e.side when 'D' then e.amount else -e.amount end)
from ledger_entry e
join ledger_transaction t on t.id = e.transaction_id
left join ledger_transaction o on o.id = t.reverses_id
group by t.creditor_id, t.value_date, e.account, coalesce(o.kind, t.kind), e.currency;

-- What each case's debtor has paid to date: its payments less those reversed, the latest value
-- date of any of its payments, and that of its payments not reversed (null when none is left).
-- The aged balance applies the total to the claims oldest first; for an as-of date on or after
-- last_value_date it is exactly what was paid by then, otherwise the reading sums that case's
-- payments up to the date itself. The amount at risk reads the total, the days from intake to
-- payment the last payment kept. A case without payments has no row.
create table kpi_case_paid (
    case_id          uuid           primary key references case_file (id),
    paid             numeric(17, 2) not null,
    last_value_date  date           not null,
    last_paid_on     date
);

-- Payments and their reversals are append-only (V12): an insert is the only change to follow.
create function kpi_case_paid_add_payment() returns trigger
    language plpgsql as
$$
begin
    insert into kpi_case_paid as k (case_id, paid, last_value_date, last_paid_on)
    values (new.case_id, new.amount, new.value_date, new.value_date)
    on conflict (case_id) do update
        set paid = k.paid + excluded.paid,
            last_value_date = greatest(k.last_value_date, excluded.last_value_date),
            last_paid_on = greatest(k.last_paid_on, excluded.last_paid_on);
    return null;
end;
$$;

create function kpi_case_paid_reverse_payment() returns trigger
    language plpgsql as
$$
begin
    -- The payment exists (immediate foreign key) and so does its case's row. The reversal is
    -- already visible here, so the last payment kept leaves it out.
    update kpi_case_paid k
    set paid = k.paid - p.amount,
        last_paid_on = (select max(q.value_date) from payment q where q.case_id = p.case_id
                        and not exists (select 1 from payment_reversal r where r.payment_id = q.id))
    from payment p
    where p.id = new.payment_id and k.case_id = p.case_id;
    return null;
end;
$$;

create trigger payment_kpi_case_paid
    after insert on payment
    for each row execute function kpi_case_paid_add_payment();
create trigger payment_reversal_kpi_case_paid
    after insert on payment_reversal
    for each row execute function kpi_case_paid_reverse_payment();

insert into kpi_case_paid (case_id, paid, last_value_date, last_paid_on)
select p.case_id, coalesce(sum(p.amount) filter (where r.id is null), 0), max(p.value_date),
       max(p.value_date) filter (where r.id is null)
from payment p
left join payment_reversal r on r.payment_id = p.id
group by p.case_id;

-- Cases closed in a period that went to court (amicable conversion rate): the few events that
-- took a case there, rather than every event of every closed case.
create index case_event_judicial_idx on case_event (case_id)
    where to_stage in ('JUDICIAL', 'ENFORCEMENT');

-- The aged balance today: the claims of the open cases still unpaid once what each case has paid
-- (kpi_case_paid) goes to its claims oldest due date first, counted and summed per creditor,
-- currency and due date. KpiQueries reads it for a reading as of today when no case was opened,
-- closed or paid after that day; otherwise it computes from the claims.
--
-- kpi_case_ageing keeps each open case's share. A change to what the share depends on (the case's
-- claims, its stage, currency or creditor, what it has paid) replaces the case's share and writes
-- the difference to kpi_ageing_delta, an append-only log that no writer ever updates: a bulk
-- import and a payment of the same creditor never wait for each other on a shared total, which
-- they would if every write upserted the creditor's totals (their rows stay locked until the
-- writer commits). kpi_ageing_compact(), run by the application every minute, moves the log into
-- the totals of kpi_open_ageing; a reading sums both.
create table kpi_case_ageing (
    case_id      uuid           not null,
    due_date     date           not null,
    creditor_id  uuid           not null,
    currency     char(3)        not null,
    claims       bigint         not null,
    unpaid       numeric(17, 2) not null,
    primary key (case_id, due_date)
);

create table kpi_open_ageing (
    creditor_id  uuid           not null,
    currency     char(3)        not null,
    due_date     date           not null,
    claims       bigint         not null,
    unpaid       numeric(19, 2) not null,
    primary key (creditor_id, currency, due_date)
);

create table kpi_ageing_delta (
    creditor_id  uuid           not null,
    currency     char(3)        not null,
    due_date     date           not null,
    claims       bigint         not null,
    unpaid       numeric(19, 2) not null
);
create index kpi_ageing_delta_creditor_idx on kpi_ageing_delta (creditor_id);

-- Whether any case was paid with a value date after the as-of date.
create index kpi_case_paid_last_value_idx on kpi_case_paid (last_value_date);

-- Brings the shares of these cases to the cases as they stand now. It recomputes rather than adds
-- a difference, so that it is right however many rows of a case a statement changed.
create function kpi_case_ageing_refresh(cases uuid[]) returns void
    language plpgsql as
$$
begin
    insert into kpi_ageing_delta (creditor_id, currency, due_date, claims, unpaid)
    select creditor_id, currency, due_date, -sum(claims), -sum(unpaid)
    from kpi_case_ageing where case_id = any (cases)
    group by creditor_id, currency, due_date;
    delete from kpi_case_ageing where case_id = any (cases);
    insert into kpi_case_ageing (case_id, due_date, creditor_id, currency, claims, unpaid)
    select x.case_id, x.due_date, x.creditor_id, x.currency, count(*), sum(x.unpaid)
    from (select c.id as case_id, c.creditor_id, c.currency, k.due_date,
                 least(k.principal, greatest(0, sum(k.principal) over (partition by k.case_id
                     order by k.due_date, k.position) - coalesce(cp.paid, 0))) as unpaid
          from case_file c
          join claim k on k.case_id = c.id
          left join kpi_case_paid cp on cp.case_id = c.id
          where c.id = any (cases)
            and c.stage not in ('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE',
                                'RETURNED_TO_CLIENT')) x
    where x.unpaid > 0
    group by x.case_id, x.due_date, x.creditor_id, x.currency;
    insert into kpi_ageing_delta (creditor_id, currency, due_date, claims, unpaid)
    select creditor_id, currency, due_date, sum(claims), sum(unpaid)
    from kpi_case_ageing where case_id = any (cases)
    group by creditor_id, currency, due_date;
end;
$$;

-- A claim added to a case that has paid nothing is unpaid in full: its share is added as it is,
-- without recomputing the case (intake writes cases and claims one row at a time, and this keeps
-- its cost to two small inserts per claim). Otherwise the case is recomputed.
create function kpi_ageing_claim_added() returns trigger
    language plpgsql as
$$
declare
    creditor uuid;
    currency_code char(3);
begin
    if exists (select 1 from kpi_case_paid where case_id = new.case_id) then
        perform kpi_case_ageing_refresh(array[new.case_id]);
        return null;
    end if;
    select c.creditor_id, c.currency into creditor, currency_code from case_file c
    where c.id = new.case_id
      and c.stage not in ('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE',
                          'RETURNED_TO_CLIENT');
    if not found or new.principal <= 0 then
        return null;
    end if;
    insert into kpi_case_ageing as a (case_id, due_date, creditor_id, currency, claims, unpaid)
    values (new.case_id, new.due_date, creditor, currency_code, 1, new.principal)
    on conflict (case_id, due_date) do update
        set claims = a.claims + 1, unpaid = a.unpaid + excluded.unpaid;
    insert into kpi_ageing_delta (creditor_id, currency, due_date, claims, unpaid)
    values (creditor, currency_code, new.due_date, 1, new.principal);
    return null;
end;
$$;

-- The claims of a case may be written before the case itself (deferred foreign key): they had no
-- case to count under then.
create function kpi_ageing_case_added() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from claim k where k.case_id = new.id) then
        perform kpi_case_ageing_refresh(array[new.id]);
    end if;
    return null;
end;
$$;

create function kpi_ageing_changed_claims() returns trigger
    language plpgsql as
$$
begin
    perform kpi_case_ageing_refresh(array(select case_id from before_change
                                          union select case_id from changed));
    return null;
end;
$$;

create function kpi_ageing_removed_claims() returns trigger
    language plpgsql as
$$
begin
    perform kpi_case_ageing_refresh(array(select distinct case_id from before_change));
    return null;
end;
$$;

create function kpi_ageing_changed_case() returns trigger
    language plpgsql as
$$
begin
    perform kpi_case_ageing_refresh(array[new.id]);
    return null;
end;
$$;

create function kpi_ageing_new_payments() returns trigger
    language plpgsql as
$$
begin
    perform kpi_case_ageing_refresh(array(select distinct case_id from changed));
    return null;
end;
$$;

create function kpi_ageing_new_reversals() returns trigger
    language plpgsql as
$$
begin
    perform kpi_case_ageing_refresh(array(select distinct p.case_id from changed r
                                          join payment p on p.id = r.payment_id));
    return null;
end;
$$;

-- A statement's AFTER triggers run once its row-level AFTER triggers have run: a payment or a
-- reversal is in kpi_case_paid when the case's share is recomputed; a COPY or a multi-row insert
-- of payments recomputes each case once.
create trigger claim_kpi_ageing_insert
    after insert on claim
    for each row execute function kpi_ageing_claim_added();
create trigger claim_kpi_ageing_update
    after update on claim referencing old table as before_change new table as changed
    for each statement execute function kpi_ageing_changed_claims();
create trigger claim_kpi_ageing_delete
    after delete on claim referencing old table as before_change
    for each statement execute function kpi_ageing_removed_claims();
create trigger case_file_kpi_ageing_insert
    after insert on case_file
    for each row execute function kpi_ageing_case_added();
create trigger case_file_kpi_ageing_update
    after update of stage, currency, creditor_id on case_file
    for each row when (old.stage is distinct from new.stage or old.currency is distinct from
        new.currency or old.creditor_id is distinct from new.creditor_id)
    execute function kpi_ageing_changed_case();
create trigger payment_kpi_ageing
    after insert on payment referencing new table as changed
    for each statement execute function kpi_ageing_new_payments();
create trigger payment_reversal_kpi_ageing
    after insert on payment_reversal referencing new table as changed
    for each statement execute function kpi_ageing_new_reversals();

-- Moves the log into the totals. One compaction at a time (the transaction's advisory lock; a
-- second caller returns at once). Deltas written by transactions still running are not visible
-- to the delete and wait for the next compaction; a reading sums the totals and the log in one
-- snapshot, so it never counts a delta twice or misses one. Returns the deltas moved.
create function kpi_ageing_compact() returns bigint
    language plpgsql as
$$
declare
    moved bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('kpi_ageing_compact')) then
        return 0;
    end if;
    with log as (delete from kpi_ageing_delta
                 returning creditor_id, currency, due_date, claims, unpaid),
         net as (select creditor_id, currency, due_date, sum(claims) as claims,
                        sum(unpaid) as unpaid, count(*) as deltas
                 from log group by creditor_id, currency, due_date),
         applied as (insert into kpi_open_ageing as a (creditor_id, currency, due_date, claims,
                                                        unpaid)
                     select creditor_id, currency, due_date, claims, unpaid from net
                     order by creditor_id, currency, due_date
                     on conflict (creditor_id, currency, due_date) do update
                         set claims = a.claims + excluded.claims,
                             unpaid = a.unpaid + excluded.unpaid)
    select coalesce(sum(deltas), 0) into moved from net;
    delete from kpi_open_ageing where claims = 0 and unpaid = 0;
    return moved;
end;
$$;

insert into kpi_case_ageing (case_id, due_date, creditor_id, currency, claims, unpaid)
select x.case_id, x.due_date, x.creditor_id, x.currency, count(*), sum(x.unpaid)
from (select c.id as case_id, c.creditor_id, c.currency, k.due_date,
             least(k.principal, greatest(0, sum(k.principal) over (partition by k.case_id
                 order by k.due_date, k.position) - coalesce(cp.paid, 0))) as unpaid
      from case_file c
      join claim k on k.case_id = c.id
      left join kpi_case_paid cp on cp.case_id = c.id
      where c.stage not in ('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE',
                            'RETURNED_TO_CLIENT')) x
where x.unpaid > 0
group by x.case_id, x.due_date, x.creditor_id, x.currency;
insert into kpi_open_ageing (creditor_id, currency, due_date, claims, unpaid)
select creditor_id, currency, due_date, sum(claims), sum(unpaid)
from kpi_case_ageing
group by creditor_id, currency, due_date;
