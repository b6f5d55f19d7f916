-- More of the creditor dashboard from small rows (issue 7): over 300,000 cases, counting the cases
-- by stage, summing what was entrusted in a period and what its cases have paid, and finding the
-- promises that fell due each read every case of the creditor (0.2 to 0.5 s each on 1,000,000
-- generated cases).

-- Cases per creditor, currency, day of opening (in the agency's time zone, Europe/Paris: the KPIs
-- read these rows only when the application runs in that zone) and current stage: how many, their
-- principal and what they have paid to date (payments less those reversed, as kpi_case_paid).
-- As for today's aged balance (V26), writers append their changes to a log and never update a
-- total that all of a creditor's cases share; kpi_compact() moves the log into the totals every
-- minute, and a reading sums both.
create table kpi_case_day (
    creditor_id  uuid           not null,
    currency     char(3)        not null,
    opened_on    date           not null,
    stage        varchar(24)    not null,
    cases        bigint         not null,
    principal    numeric(19, 2) not null,
    paid         numeric(19, 2) not null,
    primary key (creditor_id, currency, opened_on, stage)
);

create table kpi_case_day_delta (
    creditor_id  uuid           not null,
    currency     char(3)        not null,
    opened_on    date           not null,
    stage        varchar(24)    not null,
    cases        bigint         not null,
    principal    numeric(19, 2) not null,
    paid         numeric(19, 2) not null
);
create index kpi_case_day_delta_creditor_idx on kpi_case_day_delta (creditor_id);

-- A case's row moves with its stage, creditor, currency, opening or principal; what it has paid
-- moves with it. Cases are written under their row lock, payments too (CaseScope), so that what
-- kpi_case_paid holds here is the case's as of this write.
create function kpi_case_day_case_changed() returns trigger
    language plpgsql as
$$
declare
    paid_to_date numeric(19, 2);
begin
    -- A case being written has paid nothing yet (its payments reference it).
    paid_to_date := 0;
    if tg_op <> 'INSERT' then
        select coalesce(max(cp.paid), 0) into paid_to_date
        from kpi_case_paid cp where cp.case_id = old.id;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into kpi_case_day_delta (creditor_id, currency, opened_on, stage, cases, principal,
                                        paid)
        values (old.creditor_id, old.currency,
                cast(old.opened_at at time zone 'Europe/Paris' as date), old.stage, -1,
                -old.principal_total, -paid_to_date);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into kpi_case_day_delta (creditor_id, currency, opened_on, stage, cases, principal,
                                        paid)
        values (new.creditor_id, new.currency,
                cast(new.opened_at at time zone 'Europe/Paris' as date), new.stage, 1,
                new.principal_total, paid_to_date);
    end if;
    return null;
end;
$$;

create function kpi_case_day_paid(target uuid, amount numeric) returns void
    language plpgsql as
$$
begin
    insert into kpi_case_day_delta (creditor_id, currency, opened_on, stage, cases, principal, paid)
    select c.creditor_id, c.currency, cast(c.opened_at at time zone 'Europe/Paris' as date),
           c.stage, 0, 0, amount
    from case_file c where c.id = target;
end;
$$;

create function kpi_case_day_payment() returns trigger
    language plpgsql as
$$
begin
    perform kpi_case_day_paid(new.case_id, new.amount);
    return null;
end;
$$;

create function kpi_case_day_reversal() returns trigger
    language plpgsql as
$$
begin
    perform kpi_case_day_paid(p.case_id, -p.amount) from payment p where p.id = new.payment_id;
    return null;
end;
$$;

create trigger case_file_kpi_case_day_insert
    after insert or delete on case_file
    for each row execute function kpi_case_day_case_changed();
create trigger case_file_kpi_case_day_update
    after update of stage, creditor_id, currency, opened_at, principal_total on case_file
    for each row when (old.stage is distinct from new.stage
        or old.creditor_id is distinct from new.creditor_id
        or old.currency is distinct from new.currency
        or old.opened_at is distinct from new.opened_at
        or old.principal_total is distinct from new.principal_total)
    execute function kpi_case_day_case_changed();
create trigger payment_kpi_case_day
    after insert on payment
    for each row execute function kpi_case_day_payment();
create trigger payment_reversal_kpi_case_day
    after insert on payment_reversal
    for each row execute function kpi_case_day_reversal();

insert into kpi_case_day (creditor_id, currency, opened_on, stage, cases, principal, paid)
select c.creditor_id, c.currency, cast(c.opened_at at time zone 'Europe/Paris' as date), c.stage,
       count(*), sum(c.principal_total), coalesce(sum(cp.paid), 0)
from case_file c
left join kpi_case_paid cp on cp.case_id = c.id
group by 1, 2, 3, 4;

-- Moves both logs (V26's and this one's) into their totals; what the application runs every
-- minute. One at a time (a second caller returns 0 at once); deltas of transactions still running
-- are not visible to the delete and wait for the next run. Returns the deltas moved.
create function kpi_compact() returns bigint
    language plpgsql as
$$
declare
    moved bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('kpi_compact')) then
        return 0;
    end if;
    with log as (delete from kpi_case_day_delta
                 returning creditor_id, currency, opened_on, stage, cases, principal, paid),
         net as (select creditor_id, currency, opened_on, stage, sum(cases) as cases,
                        sum(principal) as principal, sum(paid) as paid, count(*) as deltas
                 from log group by creditor_id, currency, opened_on, stage),
         applied as (insert into kpi_case_day as d (creditor_id, currency, opened_on, stage,
                                                     cases, principal, paid)
                     select creditor_id, currency, opened_on, stage, cases, principal, paid
                     from net order by creditor_id, currency, opened_on, stage
                     on conflict (creditor_id, currency, opened_on, stage) do update
                         set cases = d.cases + excluded.cases,
                             principal = d.principal + excluded.principal,
                             paid = d.paid + excluded.paid)
    select coalesce(sum(deltas), 0) into moved from net;
    delete from kpi_case_day where cases = 0 and principal = 0 and paid = 0;
    return moved + kpi_ageing_compact();
end;
$$;

-- Promises with their case's creditor and currency, so that the promises of one creditor falling
-- due in a period are found without reading its cases (promises are append-only, V6; a case's
-- creditor or currency moving takes its promises along).
create table kpi_promise (
    promise_id     uuid           primary key references promise_to_pay (id),
    creditor_id    uuid           not null,
    case_currency  char(3)        not null,
    due_date       date           not null
);
create index kpi_promise_creditor_due_idx on kpi_promise (creditor_id, due_date);
create index kpi_promise_due_idx on kpi_promise (due_date);

create function kpi_promise_added() returns trigger
    language plpgsql as
$$
begin
    insert into kpi_promise (promise_id, creditor_id, case_currency, due_date)
    select new.id, c.creditor_id, c.currency, new.due_date from case_file c where c.id = new.case_id;
    return null;
end;
$$;

create function kpi_promise_case_moved() returns trigger
    language plpgsql as
$$
begin
    update kpi_promise k set creditor_id = new.creditor_id, case_currency = new.currency
    from promise_to_pay pr where pr.case_id = new.id and k.promise_id = pr.id;
    return null;
end;
$$;

create trigger promise_to_pay_kpi_promise
    after insert on promise_to_pay
    for each row execute function kpi_promise_added();
create trigger case_file_kpi_promise
    after update of creditor_id, currency on case_file
    for each row when (old.creditor_id is distinct from new.creditor_id
        or old.currency is distinct from new.currency)
    execute function kpi_promise_case_moved();

insert into kpi_promise (promise_id, creditor_id, case_currency, due_date)
select pr.id, c.creditor_id, c.currency, pr.due_date
from promise_to_pay pr join case_file c on c.id = pr.case_id;

-- A claim references its case at once (V4: not deferred), so a case is always written before its
-- claims and has none to age when it is inserted: V26's refresh on a case's insert only cost
-- intake a probe per case.
drop trigger case_file_kpi_ageing_insert on case_file;
drop function kpi_ageing_case_added();

-- Overpayments held for debtors: few payments hold any, and the figure only needs those.
create index payment_creditor_held_idx on payment (creditor_id, value_date)
    include (held_on_posting)
    where held_on_posting <> 0 and method <> 'DIRECT_TO_CREDITOR';

-- Cases closed in a period: the stage, currency and id in the index, so that counting them reads no
-- case row.
drop index case_file_creditor_closed_idx;
create index case_file_creditor_closed_idx on case_file (creditor_id, stage_changed_at)
    include (stage, currency, id)
    where stage in ('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE', 'RETURNED_TO_CLIENT');
