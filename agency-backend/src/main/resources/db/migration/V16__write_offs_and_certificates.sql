-- Closing a case as irrecoverable (a write-off, asked for by agency staff, decided by a manager)
-- and the irrecoverability certificate issued on approval (DOMAIN.md §5, R5.1 to R5.3).

-- The VAT included in a claim's amount, for the certificate's HT/TVA/TTC split (CGI 272). Null:
-- the standard French rate, 20 % (CGI 278), which is what most B2B invoices bear.
alter table claim
    add column vat_percent numeric(5, 2) check (vat_percent between 0 and 100);

create table write_off (
    id                     uuid primary key,
    case_id                uuid           not null references case_file (id),
    -- Kept with the request so lists are scoped without a join.
    creditor_id            uuid           not null references creditor_client (id),
    reason                 varchar(32)    not null check (reason in ('INSOLVENCY_PROCEEDINGS',
        'DEBTOR_GONE_OR_UNKNOWN', 'ENFORCEMENT_WITHOUT_RESULT', 'TIME_BARRED',
        'DISPUTED_AND_ABANDONED', 'OTHER')),
    -- The ids of documents of the case, comma-separated: fixed when asked for, read whole.
    evidence_document_ids  varchar(2000)  not null default '',
    note                   varchar(1000),
    status                 varchar(16)    not null check (status in ('REQUESTED', 'APPROVED',
        'REFUSED')),
    requested_by           varchar(100)   not null,
    requested_at           timestamptz    not null,
    decided_by             varchar(100),
    decided_at             timestamptz,
    decision_note          varchar(1000),
    version                bigint         not null default 0,
    constraint write_off_decision_check check ((status = 'REQUESTED') = (decided_at is null))
);
-- One request at a time per case.
create unique index write_off_open_per_case_key on write_off (case_id) where status = 'REQUESTED';
create index write_off_status_idx on write_off (status, requested_at);

-- Certificate numbers, gap-free per year: the row of the year is locked by the issuing
-- transaction until it commits, so a rolled-back issue gives its number back.
create table certificate_sequence (
    year         int  primary key,
    last_number  int  not null check (last_number > 0)
);

create table certificate (
    id                   uuid primary key,
    number               varchar(20)    not null unique check (number ~ '^CI-[0-9]{4}-[0-9]{5,}$'),
    case_id              uuid           not null references case_file (id),
    creditor_id          uuid           not null references creditor_client (id),
    write_off_id         uuid           not null references write_off (id),
    reason               varchar(32)    not null,
    reason_note          varchar(1000),
    language             varchar(2)     not null check (language in ('fr', 'en')),
    debtor_name          varchar(200)   not null,
    amount_incl_vat      numeric(15, 2) not null,
    amount_unpaid        numeric(15, 2) not null,
    currency             char(3)        not null,
    pdf                  bytea          not null,
    sha256               char(64)       not null check (sha256 ~ '^[0-9a-f]{64}$'),
    issued_on            date           not null,
    issued_at            timestamptz    not null,
    issued_by            varchar(100)   not null,
    -- A replacement names the certificate it replaces.
    replaces_id          uuid           unique references certificate (id),
    cancelled_at         timestamptz,
    cancelled_by         varchar(100),
    cancellation_reason  varchar(1000),
    replaced_by_number   varchar(20),
    constraint certificate_cancellation_check check ((cancelled_at is null)
        = (cancelled_by is null) and (cancelled_at is null) = (cancellation_reason is null))
);
create index certificate_creditor_idx on certificate (creditor_id, issued_at);
create index certificate_case_idx on certificate (case_id);

-- A certificate is evidence: never deleted, and the only change ever allowed is its
-- cancellation, once, with the number of the certificate that replaces it.
create function certificate_is_frozen() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        raise exception 'certificate is evidence: DELETE refused';
    end if;
    if old.cancelled_at is null and new.cancelled_at is not null
        and (to_jsonb(new) - 'cancelled_at' - 'cancelled_by' - 'cancellation_reason'
                - 'replaced_by_number')
            = (to_jsonb(old) - 'cancelled_at' - 'cancelled_by' - 'cancellation_reason'
                - 'replaced_by_number') then
        return new;
    end if;
    raise exception 'certificate is evidence: UPDATE refused';
end;
$$;

create trigger certificate_frozen
    before update or delete on certificate
    for each row execute function certificate_is_frozen();
create trigger certificate_no_truncate
    before truncate on certificate
    for each statement execute function evidence_is_append_only();
