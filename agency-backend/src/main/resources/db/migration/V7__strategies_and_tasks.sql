-- Collection strategies per segment, and the tasks their steps give the collectors (issue 4).

create table strategy (
    id          uuid primary key,
    name        varchar(100)   not null,
    -- The first strategy (lowest rank) whose segment matches a case applies to it.
    rank        int            not null,
    nature      varchar(8)     check (nature in ('B2B', 'B2C', 'CIVIL')),
    min_amount  numeric(15, 2),
    max_amount  numeric(15, 2),
    profiles    varchar(200)   not null default '',
    active      boolean        not null default true
);

create table strategy_step (
    strategy_id  uuid         not null references strategy (id),
    position     int          not null,
    day_offset   int          not null check (day_offset >= 0),
    anchor       varchar(16)  not null check (anchor in ('DUE_DATE', 'PREVIOUS_STEP')),
    channel      varchar(8)   not null check (channel in ('CALL', 'EMAIL', 'LETTER', 'SMS', 'VISIT', 'NOTE')),
    template     varchar(40),
    tone         varchar(12)  not null check (tone in ('COURTEOUS', 'FIRM', 'FORMAL')),
    primary key (strategy_id, position),
    -- A step counted from the previous one comes on a later day, so a second run the same day
    -- never finds it due.
    constraint strategy_step_later check (anchor = 'DUE_DATE' or day_offset >= 1)
);

create table task (
    id             uuid primary key,
    case_id        uuid         not null references case_file (id),
    strategy_id    uuid         not null references strategy (id),
    step_position  int          not null,
    due_on         date         not null,
    channel        varchar(8)   not null,
    template       varchar(40),
    tone           varchar(12)  not null,
    status         varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_on     date         not null,
    created_at     timestamptz  not null,
    done_at        timestamptz,
    done_by        varchar(100),
    -- A step gives a case one task, whatever runs the job and however often.
    constraint task_step_key unique (case_id, strategy_id, step_position)
);
create index task_open_idx on task (due_on, case_id) where status = 'OPEN';

-- Default strategies: business debtors hear by e-mail first, consumers by letter; both end with
-- the formal notice. An agency adjusts them to its practice.
insert into strategy (id, name, rank, nature) values
    ('5e000000-0000-4000-8000-000000000001', 'B2B standard', 100, 'B2B'),
    ('5e000000-0000-4000-8000-000000000002', 'B2C standard', 100, 'B2C'),
    ('5e000000-0000-4000-8000-000000000003', 'Civil standard', 100, 'CIVIL');
insert into strategy_step (strategy_id, position, day_offset, anchor, channel, template, tone) values
    ('5e000000-0000-4000-8000-000000000001', 0, 5, 'DUE_DATE', 'EMAIL', 'FRIENDLY_REMINDER', 'COURTEOUS'),
    ('5e000000-0000-4000-8000-000000000001', 1, 7, 'PREVIOUS_STEP', 'CALL', null, 'COURTEOUS'),
    ('5e000000-0000-4000-8000-000000000001', 2, 7, 'PREVIOUS_STEP', 'LETTER', 'FIRM_REMINDER', 'FIRM'),
    ('5e000000-0000-4000-8000-000000000001', 3, 10, 'PREVIOUS_STEP', 'CALL', null, 'FIRM'),
    ('5e000000-0000-4000-8000-000000000001', 4, 7, 'PREVIOUS_STEP', 'LETTER', 'FORMAL_NOTICE', 'FORMAL'),
    ('5e000000-0000-4000-8000-000000000002', 0, 10, 'DUE_DATE', 'LETTER', 'FRIENDLY_REMINDER', 'COURTEOUS'),
    ('5e000000-0000-4000-8000-000000000002', 1, 10, 'PREVIOUS_STEP', 'CALL', null, 'COURTEOUS'),
    ('5e000000-0000-4000-8000-000000000002', 2, 10, 'PREVIOUS_STEP', 'LETTER', 'FIRM_REMINDER', 'FIRM'),
    ('5e000000-0000-4000-8000-000000000002', 3, 15, 'PREVIOUS_STEP', 'LETTER', 'FORMAL_NOTICE', 'FORMAL'),
    ('5e000000-0000-4000-8000-000000000003', 0, 10, 'DUE_DATE', 'LETTER', 'FRIENDLY_REMINDER', 'COURTEOUS'),
    ('5e000000-0000-4000-8000-000000000003', 1, 15, 'PREVIOUS_STEP', 'LETTER', 'FORMAL_NOTICE', 'FORMAL');
