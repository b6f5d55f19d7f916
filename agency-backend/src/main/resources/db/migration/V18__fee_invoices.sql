-- The agency's fee invoices (factures d'honoraires) to its creditor clients: one per creditor and
-- approved remittance run, issued with the approval, covering the fees and VAT charged to the
-- creditor that no earlier invoice covered (C. com. L441-9, CGI 242 nonies A).

-- Invoice numbers, gap-free per calendar year (CGI 242 nonies A 7°: "un numéro unique basé sur
-- une séquence chronologique et continue"): the row of the year is locked by the issuing
-- transaction until it commits, so a rolled-back issue gives its number back. Credit notes take
-- their numbers from the same sequence.
create table fee_invoice_sequence (
    year         int  primary key,
    last_number  int  not null check (last_number > 0)
);

create table fee_invoice (
    id                  uuid primary key,
    number              varchar(20)    not null unique check (number ~ '^FA-[0-9]{4}-[0-9]{5,}$'),
    -- A document whose total is negative is a credit note (avoir).
    kind                varchar(12)    not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    creditor_id         uuid           not null references creditor_client (id),
    creditor_name       varchar(200)   not null,
    run_id              uuid           not null references remittance_run (id),
    issued_on           date           not null,
    -- The dates of the services invoiced: the first and last value date of its lines.
    service_from        date           not null,
    service_to          date           not null,
    total_excl_vat      numeric(15, 2) not null,
    total_vat           numeric(15, 2) not null,
    total_incl_vat      numeric(15, 2) not null,
    -- What the remittance settled by set-off, and what the creditor still owes by due_on.
    settled_by_set_off  numeric(15, 2) not null,
    amount_due          numeric(15, 2) not null check (amount_due >= 0),
    due_on              date           not null,
    currency            char(3)        not null,
    -- The document as issued, in French (the original) and in English, each with its SHA-256.
    pdf_fr              bytea          not null,
    sha256_fr           char(64)       not null check (sha256_fr ~ '^[0-9a-f]{64}$'),
    pdf_en              bytea          not null,
    sha256_en           char(64)       not null check (sha256_en ~ '^[0-9a-f]{64}$'),
    issued_at           timestamptz    not null,
    issued_by           varchar(100)   not null,
    unique (run_id, creditor_id),
    constraint fee_invoice_totals_check check (total_excl_vat + total_vat = total_incl_vat),
    constraint fee_invoice_credit_note_check check ((kind = 'CREDIT_NOTE') = (total_incl_vat < 0)),
    constraint fee_invoice_settlement_check
        check (settled_by_set_off + amount_due = total_incl_vat)
);
create index fee_invoice_creditor_idx on fee_invoice (creditor_id, issued_on);
create index fee_invoice_run_idx on fee_invoice (run_id);

-- One line per fee line invoiced (or credited). The unique source makes it impossible to invoice
-- the same fee twice, whatever runs, retries or races happen.
create table fee_invoice_line (
    id                       bigint generated always as identity primary key,
    invoice_id               uuid           not null references fee_invoice (id),
    position                 int            not null,
    -- FEE_BOOKING: a line of a payment's fees; FEE_REVERSAL: the same line credited after its
    -- payment was reversed; CERTIFICATE: the certificate fee charged with an issue.
    source_type              varchar(16)    not null
        check (source_type in ('FEE_BOOKING', 'FEE_REVERSAL', 'CERTIFICATE')),
    source_id                uuid           not null,
    source_position          int            not null,
    fee_kind                 varchar(24)    not null,
    case_reference           varchar(100),
    -- The payment's short id, or the certificate's number.
    reference                varchar(40)    not null,
    direct_payment           boolean        not null,
    service_date             date           not null,
    base                     numeric(15, 2),
    percent                  numeric(7, 4),
    quantity                 int            not null check (quantity > 0),
    unit_price               numeric(15, 2) not null,
    amount                   numeric(15, 2) not null,
    vat_percent              numeric(5, 2)  not null,
    vat                      numeric(15, 2) not null,
    -- A credited line names the invoice that charged it.
    credited_invoice_number  varchar(20),
    unique (invoice_id, position),
    unique (source_type, source_id, source_position),
    constraint fee_invoice_line_amount_check check (quantity * unit_price = amount),
    constraint fee_invoice_line_credit_check
        check ((source_type = 'FEE_REVERSAL') = (credited_invoice_number is not null))
);

-- An issued invoice is immutable (C. com. L441-9, CGI 242 nonies A; a mistake is corrected by a
-- credit note): no UPDATE, DELETE or TRUNCATE of an invoice or its lines.
create trigger fee_invoice_frozen
    before update or delete on fee_invoice
    for each row execute function evidence_is_append_only();
create trigger fee_invoice_no_truncate
    before truncate on fee_invoice
    for each statement execute function evidence_is_append_only();
create trigger fee_invoice_line_frozen
    before update or delete on fee_invoice_line
    for each row execute function evidence_is_append_only();
create trigger fee_invoice_line_no_truncate
    before truncate on fee_invoice_line
    for each statement execute function evidence_is_append_only();
