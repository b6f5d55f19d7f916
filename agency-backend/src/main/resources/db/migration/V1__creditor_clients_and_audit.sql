-- Creditor clients and their mandates (convention de recouvrement, CPCE R124-3),
-- and the append-only audit trail.

create table mandate (
    id                    uuid primary key,
    amicable_fee_percent  numeric(5, 2) not null check (amicable_fee_percent between 0 and 50),
    judicial_fee_percent  numeric(5, 2) not null check (judicial_fee_percent between 0 and 50),
    remittance_frequency  varchar(16)   not null check (remittance_frequency in ('WEEKLY', 'MONTHLY', 'QUARTERLY')),
    iban                  varchar(34)   not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    bic                   varchar(11)   check (bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
    signed_on             date          not null,
    version               bigint        not null default 0
);

create table creditor_client (
    id                   uuid primary key,
    name                 varchar(200) not null check (length(trim(name)) > 0),
    registration_number  varchar(9)   check (registration_number ~ '^[0-9]{9}$'),
    address              varchar(500),
    contact_email        varchar(254),
    mandate_id           uuid         not null unique references mandate (id),
    registered_at        timestamptz  not null,
    version              bigint       not null default 0
);

create unique index creditor_client_registration_number_key
    on creditor_client (registration_number) where registration_number is not null;
create index creditor_client_name_idx on creditor_client (lower(name), id);

create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(100) not null,
    action        varchar(60)  not null,
    entity_type   varchar(60)  not null,
    entity_id     varchar(64)  not null,
    before_state  text,
    after_state   text
);

create index audit_event_entity_idx on audit_event (entity_type, entity_id, id);

-- The trail is evidence: once written, an event can be neither changed nor removed.
create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
