-- Reference rates are data, not constants in code (DOMAIN.md): the ECB main refinancing rate
-- fixed per half-year (B2B late penalties = that rate + 10 points, C. com. L441-10) and the
-- French legal interest rates per half-year, for private-individual creditors and for others.
create table reference_rate (
    id           bigint generated always as identity primary key,
    kind         varchar(40)   not null check (kind in ('ECB_REFI', 'LEGAL_PRIVATE', 'LEGAL_OTHER')),
    valid_from   date          not null check (extract(day from valid_from) = 1
                                               and extract(month from valid_from) in (1, 7)),
    percent      numeric(7, 4) not null check (percent >= 0 and percent < 100),
    source       varchar(300)  not null,
    version      bigint        not null default 0,
    unique (kind, valid_from)
);

insert into reference_rate (kind, valid_from, percent, source) values
    ('ECB_REFI',      '2024-01-01', 4.50, 'ECB main refinancing rate on 1 January 2024'),
    ('ECB_REFI',      '2024-07-01', 4.25, 'ECB main refinancing rate on 1 July 2024'),
    ('ECB_REFI',      '2025-01-01', 3.15, 'ECB main refinancing rate on 1 January 2025'),
    ('ECB_REFI',      '2025-07-01', 2.15, 'ECB main refinancing rate on 1 July 2025'),
    ('ECB_REFI',      '2026-01-01', 2.15, 'ECB main refinancing rate on 1 January 2026'),
    ('LEGAL_PRIVATE', '2024-01-01', 8.01, 'Arrêté, taux de l''intérêt légal 2024 S1'),
    ('LEGAL_PRIVATE', '2024-07-01', 8.16, 'Arrêté, taux de l''intérêt légal 2024 S2'),
    ('LEGAL_PRIVATE', '2025-01-01', 7.21, 'Arrêté, taux de l''intérêt légal 2025 S1'),
    ('LEGAL_PRIVATE', '2025-07-01', 6.65, 'Arrêté, taux de l''intérêt légal 2025 S2'),
    ('LEGAL_PRIVATE', '2026-01-01', 6.67, 'Arrêté, taux de l''intérêt légal 2026 S1'),
    ('LEGAL_OTHER',   '2024-01-01', 5.07, 'Arrêté, taux de l''intérêt légal 2024 S1'),
    ('LEGAL_OTHER',   '2024-07-01', 4.92, 'Arrêté, taux de l''intérêt légal 2024 S2'),
    ('LEGAL_OTHER',   '2025-01-01', 3.71, 'Arrêté, taux de l''intérêt légal 2025 S1'),
    ('LEGAL_OTHER',   '2025-07-01', 2.76, 'Arrêté, taux de l''intérêt légal 2025 S2'),
    ('LEGAL_OTHER',   '2026-01-01', 2.62, 'Arrêté, taux de l''intérêt légal 2026 S1');
-- 2026 H2 is not published in the sources read (DOMAIN.md): an admin enters it; until then a
-- computation over that half-year reports the missing rate instead of guessing.
