-- Promises to pay (issue 4): amount and date, kept or broken from the payments received.

create table promise_to_pay (
    id           uuid primary key,
    case_id      uuid           not null references case_file (id),
    amount       numeric(15, 2) not null check (amount > 0),
    currency     char(3)        not null,
    promised_on  date           not null,
    due_date     date           not null check (due_date >= promised_on),
    recorded_at  timestamptz    not null,
    recorded_by  varchar(100)   not null,
    note         varchar(1000)
);
create index promise_to_pay_case_idx on promise_to_pay (case_id, due_date);
create index promise_to_pay_due_idx on promise_to_pay (due_date);

create trigger promise_to_pay_append_only
    before update or delete on promise_to_pay
    for each row execute function evidence_is_append_only();
