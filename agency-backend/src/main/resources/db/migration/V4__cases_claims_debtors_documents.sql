-- Dossiers (cases), their claims, debtors, evidence documents and timeline (issue 3).

create extension if not exists pg_trgm;

-- Evidence tables refuse any change once written, like audit_event.
create function evidence_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;

create table debtor (
    id                  uuid primary key,
    -- Debtors are kept per creditor: a creditor's data never mixes with another's.
    creditor_id         uuid          not null references creditor_client (id),
    kind                varchar(8)    not null check (kind in ('PERSON', 'COMPANY')),
    name                varchar(200)  not null check (length(trim(name)) > 0),
    registration_number varchar(14)   check (registration_number ~ '^([0-9]{9}|[0-9]{14})$'),
    profile             varchar(16)   not null default 'UNKNOWN'
        check (profile in ('UNKNOWN', 'GOOD_PAYER', 'NEGLIGENT', 'IN_DIFFICULTY', 'INSOLVENT', 'UNREACHABLE')),
    -- Consent to be contacted by email and SMS, with when it was given (GDPR art. 7 proof).
    electronic_consent_at timestamptz,
    created_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index debtor_creditor_registration_idx on debtor (creditor_id, registration_number);

create table debtor_address (
    debtor_id    uuid         not null references debtor (id),
    position     int          not null,
    line1        varchar(200) not null,
    line2        varchar(200),
    postal_code  varchar(20)  not null,
    city         varchar(100) not null,
    country_code char(2)      not null,
    primary key (debtor_id, position)
);

create table debtor_contact (
    debtor_id  uuid         not null references debtor (id),
    position   int          not null,
    channel    varchar(8)   not null check (channel in ('EMAIL', 'PHONE')),
    value      varchar(254) not null,
    primary key (debtor_id, position)
);

create table debtor_opt_out (
    debtor_id     uuid        not null references debtor (id),
    channel       varchar(8)  not null check (channel in ('CALL', 'EMAIL', 'LETTER', 'SMS', 'VISIT')),
    opted_out_at  timestamptz not null,
    primary key (debtor_id, channel)
);

create table case_file (
    id                  uuid primary key,
    creditor_id         uuid          not null references creditor_client (id),
    debtor_id           uuid          not null references debtor (id),
    external_reference  varchar(100)  not null,
    stage               varchar(24)   not null,
    suspended_from      varchar(24),
    assigned_collector  varchar(100),
    currency            char(3)       not null,
    -- Kept with the case so the portfolio filters and sorts without touching the claims.
    debtor_name         varchar(200)  not null,
    principal_total     numeric(15, 2) not null check (principal_total > 0),
    earliest_due_date   date          not null,
    limitation_date     date          not null,
    formal_notice_date  date,
    judgment_date       date,
    judgment_served_on  date,
    -- SHA-256 of the submitted dossier: a retried submission is recognised, a different one refused.
    intake_fingerprint  char(64)      not null,
    opened_at           timestamptz   not null,
    stage_changed_at    timestamptz   not null,
    version             bigint        not null default 0,
    constraint case_file_reference_key unique (creditor_id, external_reference),
    constraint case_file_stage_check check (stage in ('NEW', 'AMICABLE', 'FORMAL_NOTICE', 'PAYMENT_PLAN',
        'JUDICIAL', 'ENFORCEMENT', 'DISPUTED', 'ON_HOLD', 'CLOSED_PAID', 'CLOSED_SETTLED',
        'CLOSED_IRRECOVERABLE', 'RETURNED_TO_CLIENT')),
    constraint case_file_suspension_check check ((stage in ('DISPUTED', 'ON_HOLD')) = (suspended_from is not null))
);
create index case_file_creditor_stage_idx on case_file (creditor_id, stage, opened_at desc, id);
create index case_file_creditor_amount_idx on case_file (creditor_id, principal_total, id);
create index case_file_creditor_due_idx on case_file (creditor_id, earliest_due_date, id);
create index case_file_opened_idx on case_file (opened_at desc, id);
create index case_file_collector_idx on case_file (assigned_collector, stage);
create index case_file_debtor_name_trgm_idx on case_file using gin (lower(debtor_name) gin_trgm_ops);
create index case_file_limitation_idx on case_file (limitation_date) where stage not in
    ('CLOSED_PAID', 'CLOSED_SETTLED', 'CLOSED_IRRECOVERABLE', 'RETURNED_TO_CLIENT');

create table claim (
    id                     uuid primary key,
    case_id                uuid           not null references case_file (id),
    position               int            not null,
    invoice_number         varchar(60)    not null,
    invoice_date           date           not null,
    due_date               date           not null check (due_date >= invoice_date),
    principal              numeric(15, 2) not null check (principal > 0),
    currency               char(3)        not null,
    nature                 varchar(8)     not null check (nature in ('B2B', 'B2C', 'CIVIL')),
    contract_rate_percent  numeric(7, 4)  check (contract_rate_percent > 0 and contract_rate_percent < 100),
    constraint claim_invoice_key unique (case_id, invoice_number)
);
create index claim_case_idx on claim (case_id, position);

-- The timeline of a case: intake, stage changes, legal events, documents. Append-only like the audit.
create table case_event (
    id           bigint generated always as identity primary key,
    case_id      uuid          not null references case_file (id),
    occurred_at  timestamptz   not null,
    actor        varchar(100)  not null,
    kind         varchar(32)   not null,
    legal_date   date,
    from_stage   varchar(24),
    to_stage     varchar(24),
    note         varchar(1000),
    internal     boolean       not null default false
);
create index case_event_case_idx on case_event (case_id, id);

create trigger case_event_append_only
    before update or delete on case_event
    for each row execute function evidence_is_append_only();

create table case_document (
    id            uuid primary key,
    case_id       uuid          not null references case_file (id),
    kind          varchar(16)   not null check (kind in ('INVOICE', 'CONTRACT', 'DELIVERY_NOTE', 'PROOF',
        'FORMAL_NOTICE', 'CORRESPONDENCE', 'OTHER')),
    file_name     varchar(200)  not null,
    media_type    varchar(100)  not null,
    size_bytes    bigint        not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256        char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_at   timestamptz   not null,
    uploaded_by   varchar(100)  not null
);
create index case_document_case_idx on case_document (case_id, uploaded_at);

-- The bytes live apart so listing documents never reads them; evidence never changes once stored.
create table case_document_content (
    document_id  uuid  primary key references case_document (id),
    content      bytea not null
);

create trigger case_document_append_only
    before update or delete on case_document
    for each row execute function evidence_is_append_only();
create trigger case_document_content_append_only
    before update or delete on case_document_content
    for each row execute function evidence_is_append_only();

-- A creditor's own column headers, mapped once in the portal and kept for its next files.
create table import_column_mapping (
    creditor_id  uuid         not null references creditor_client (id),
    header       varchar(100) not null,
    column_name  varchar(40)  not null,
    primary key (creditor_id, header)
);
