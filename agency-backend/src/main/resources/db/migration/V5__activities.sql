-- What collectors do on cases (issue 4): calls, e-mails, letters, SMS, visits, notes.

create table activity (
    id           uuid primary key,
    case_id      uuid          not null references case_file (id),
    debtor_id    uuid          not null references debtor (id),
    kind         varchar(8)    not null check (kind in ('CALL', 'EMAIL', 'LETTER', 'SMS', 'VISIT', 'NOTE')),
    outcome      varchar(24)   not null,
    occurred_at  timestamptz   not null,
    author       varchar(100)  not null,
    summary      varchar(2000),
    private      boolean       not null default false
);
create index activity_case_idx on activity (case_id, occurred_at);
-- The contact guard counts a debtor's calls of the last days.
create index activity_debtor_calls_idx on activity (debtor_id, occurred_at) where kind = 'CALL';

-- Activities are evidence of what was done: never edited or removed.
create trigger activity_append_only
    before update or delete on activity
    for each row execute function evidence_is_append_only();
