-- The judicial track of a case: proceedings (the route taken, where, with whom) and their dated
-- steps, from which the procedural deadlines are computed. Steps are evidence: never changed.

create table judicial_proceeding (
    id               uuid primary key,
    case_id          uuid          not null references case_file (id),
    creditor_id      uuid          not null references creditor_client (id),
    route            varchar(24)   not null check (route in ('PAYMENT_ORDER', 'SMALL_CLAIMS',
        'SUMMARY_INTERIM_PAYMENT', 'SUMMONS', 'BANK_ATTACHMENT', 'PROTECTIVE_ATTACHMENT')),
    forum            varchar(24)   not null check (forum in ('COMMERCIAL_COURT', 'JUDICIAL_COURT',
        'COMMISSAIRE_DE_JUSTICE')),
    court_name       varchar(200),
    lawyer           varchar(200),
    commissaire      varchar(200),
    suggested_route  varchar(24)   not null,
    opened_on        date          not null,
    opened_at        timestamptz   not null,
    opened_by        varchar(100)  not null
);
create index judicial_proceeding_case_idx on judicial_proceeding (case_id, opened_at);

create table judicial_step (
    id             uuid primary key,
    proceeding_id  uuid           not null references judicial_proceeding (id),
    case_id        uuid           not null references case_file (id),
    kind           varchar(28)    not null check (kind in ('PAYMENT_ORDER_FILED',
        'PAYMENT_ORDER_ISSUED', 'PAYMENT_ORDER_SERVED', 'OPPOSITION_FILED',
        'PAYMENT_ORDER_ENFORCEABLE', 'SMALL_CLAIMS_PROPOSED', 'SMALL_CLAIMS_REFUSED',
        'AMICABLE_ATTEMPT_FAILED', 'SUMMONS_SERVED', 'HEARING', 'JUDGMENT', 'JUDGMENT_SERVED',
        'BANK_ATTACHMENT', 'ATTACHMENT_NOTIFIED', 'PROTECTIVE_ATTACHMENT')),
    step_date      date           not null,
    note           varchar(1000),
    recorded_at    timestamptz    not null,
    recorded_by    varchar(100)   not null
);
create index judicial_step_proceeding_idx on judicial_step (proceeding_id, step_date);
create index judicial_step_case_idx on judicial_step (case_id);

create trigger judicial_step_append_only
    before update or delete on judicial_step
    for each row execute function evidence_is_append_only();

-- A deadline the agency must meet, or the end of a period it waits out, is a task in the queue.
alter table task
    add column judicial_step_id uuid references judicial_step (id),
    add column deadline_kind varchar(28),
    drop constraint task_origin_check,
    add constraint task_origin_check check (
        (strategy_id is not null and step_position is not null and payment_plan_id is null
            and judicial_step_id is null)
        or (strategy_id is null and step_position is null and payment_plan_id is not null
            and judicial_step_id is null)
        or (strategy_id is null and step_position is null and payment_plan_id is null
            and judicial_step_id is not null and deadline_kind is not null));
-- One task per deadline of a step.
create unique index task_deadline_key on task (judicial_step_id, deadline_kind)
    where judicial_step_id is not null;
