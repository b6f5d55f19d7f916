-- The mandate's whole fee schedule (CPCE R124-3 3°): besides the contingency rates per stage of
-- V1, marginal tiers by the case's cumulative collected amount, a fixed fee per file, a fee per
-- irrecoverability certificate, and who keeps late interest and the 40 EUR indemnity. Existing
-- mandates keep a flat fee: no tiers, no fixed fees, accessories to the creditor.
alter table mandate
    add column file_fee              numeric(12, 2) not null default 0
        check (file_fee between 0 and 100000),
    add column certificate_fee       numeric(12, 2) not null default 0
        check (certificate_fee between 0 and 100000),
    add column late_interest_kept_by varchar(8)     not null default 'CREDITOR'
        check (late_interest_kept_by in ('CREDITOR', 'AGENCY')),
    add column indemnity_kept_by     varchar(8)     not null default 'CREDITOR'
        check (indemnity_kept_by in ('CREDITOR', 'AGENCY'));

-- Above above_amount euros collected on the case, the part beyond bears these rates.
create table mandate_fee_tier (
    mandate_id           uuid          not null references mandate (id),
    above_amount         numeric(12, 2) not null check (above_amount > 0),
    amicable_fee_percent numeric(5, 2)  not null check (amicable_fee_percent between 0 and 50),
    judicial_fee_percent numeric(5, 2)  not null check (judicial_fee_percent between 0 and 50),
    primary key (mandate_id, above_amount)
);

-- VAT on the agency's fees is reference data with its validity dates (DOMAIN D6), never a
-- constant in code: a rate applies from valid_from until the next one.
create table vat_rate (
    id          bigint generated always as identity primary key,
    valid_from  date          not null unique,
    percent     numeric(5, 2) not null check (percent >= 0 and percent < 100),
    source      varchar(300)  not null,
    version     bigint        not null default 0
);

insert into vat_rate (valid_from, percent, source) values
    ('2014-01-01', 20.00, 'CGI art. 278: taux normal de TVA, 20 % depuis le 1er janvier 2014 (loi n° 2012-1510)');
