-- Letters to debtors (issue 4): each letter sent is frozen as evidence on its case (the PDF in
-- case_document, its SHA-256 here) and never changes; postal letters wait for a print batch.

create sequence letter_number_seq;

create table postal_batch (
    id            uuid primary key,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    letter_count  integer       not null check (letter_count > 0),
    sha256        char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea         not null
);

create trigger postal_batch_append_only
    before update or delete on postal_batch
    for each row execute function evidence_is_append_only();

create table letter (
    id             uuid primary key,
    case_id        uuid           not null references case_file (id),
    creditor_id    uuid           not null references creditor_client (id),
    reference      varchar(20)    not null unique,
    kind           varchar(20)    not null check (kind in ('FRIENDLY_REMINDER', 'FIRM_REMINDER', 'FORMAL_NOTICE')),
    channel        varchar(8)     not null check (channel in ('POST', 'EMAIL')),
    language       varchar(2)     not null check (language in ('fr', 'en')),
    -- The e-mail address written to, or the postal address the letter was printed with.
    recipient      varchar(500)   not null,
    document_id    uuid           not null references case_document (id),
    sha256         char(64)       not null check (sha256 ~ '^[0-9a-f]{64}$'),
    amount_due     numeric(15, 2) not null,
    currency       char(3)        not null,
    pay_by         date           not null,
    sent_at        timestamptz    not null,
    sent_by        varchar(100)   not null,
    postal_batch_id uuid          references postal_batch (id),
    constraint letter_batch_only_for_post check (postal_batch_id is null or channel = 'POST')
);
create index letter_case_idx on letter (case_id, sent_at);
create index letter_awaiting_print_idx on letter (sent_at) where channel = 'POST' and postal_batch_id is null;

-- A letter is evidence: the only change ever allowed is to put a postal letter in its print batch,
-- once.
create function letter_is_frozen() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        raise exception 'letter is evidence: DELETE refused';
    end if;
    if old.postal_batch_id is null and new.postal_batch_id is not null
        and (to_jsonb(new) - 'postal_batch_id') = (to_jsonb(old) - 'postal_batch_id') then
        return new;
    end if;
    raise exception 'letter is evidence: UPDATE refused';
end;
$$;

create trigger letter_frozen
    before update or delete on letter
    for each row execute function letter_is_frozen();
