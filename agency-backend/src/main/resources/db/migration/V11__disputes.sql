-- Disputes (issue 4): the debtor contests; the case is frozen, the creditor is asked through the
-- portal, and the resolution resumes the case or returns it to the creditor.

create table dispute (
    id                 uuid primary key,
    case_id            uuid          not null references case_file (id),
    creditor_id        uuid          not null references creditor_client (id),
    reason             varchar(24)   not null check (reason in ('NOT_DELIVERED', 'DEFECTIVE',
        'ALREADY_PAID', 'AMOUNT_WRONG', 'NOT_THE_DEBTOR', 'OTHER')),
    details            varchar(2000) not null,
    status             varchar(12)   not null check (status in ('OPEN', 'ANSWERED', 'RESOLVED')),
    opened_by          varchar(100)  not null,
    opened_at          timestamptz   not null,
    creditor_position  varchar(12)   check (creditor_position in ('MAINTAINS', 'WITHDRAWS', 'ADJUSTS')),
    creditor_answer    varchar(2000),
    answered_by        varchar(100),
    answered_at        timestamptz,
    outcome            varchar(20)   check (outcome in ('RESUMED', 'RETURNED_TO_CLIENT')),
    resolution_note    varchar(2000),
    resolved_by        varchar(100),
    resolved_at        timestamptz,
    version            bigint        not null default 0,
    constraint dispute_resolved check ((status = 'RESOLVED') = (outcome is not null))
);
-- One dispute at a time on a case.
create unique index dispute_one_open_idx on dispute (case_id) where status <> 'RESOLVED';
create index dispute_creditor_status_idx on dispute (creditor_id, status, opened_at);

-- The evidence the debtor gave, already stored on the case.
create table dispute_document (
    dispute_id   uuid not null references dispute (id),
    document_id  uuid not null references case_document (id),
    primary key (dispute_id, document_id)
);
