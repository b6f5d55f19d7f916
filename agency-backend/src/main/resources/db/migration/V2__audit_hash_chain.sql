-- Makes the audit trail tamper-evident: each event carries the hash of the one before it and its
-- own hash over its content (see io.recova.agency.audit.AuditChain for the canonical form, which
-- this function reproduces exactly).

create function audit_field(value text) returns text
    language sql immutable as
$$
select coalesce(length(value)::text || ':' || value, '-1:')
$$;

create function audit_event_hash(previous_hash text, occurred_at timestamptz, actor text,
                                 action text, entity_type text, entity_id text,
                                 before_state text, after_state text) returns text
    language sql immutable as
$$
select encode(sha256(convert_to(
           audit_field(previous_hash)
        || audit_field(((extract(epoch from occurred_at) * 1000000)::bigint)::text)
        || audit_field(actor) || audit_field(action) || audit_field(entity_type)
        || audit_field(entity_id) || audit_field(before_state) || audit_field(after_state),
       'UTF8')), 'hex')
$$;

alter table audit_event add column previous_hash char(64), add column hash char(64);

-- Chain the events recorded before this migration, oldest first.
alter table audit_event disable trigger audit_event_append_only;
do
$$
declare
    event record;
    previous text := repeat('0', 64);
    current text;
begin
    for event in select * from audit_event order by id loop
        current := audit_event_hash(previous, event.occurred_at, event.actor, event.action,
                                    event.entity_type, event.entity_id, event.before_state,
                                    event.after_state);
        update audit_event set previous_hash = previous, hash = current where id = event.id;
        previous := current;
    end loop;
end
$$;
alter table audit_event enable trigger audit_event_append_only;

alter table audit_event alter column previous_hash set not null, alter column hash set not null;
create unique index audit_event_previous_hash_key on audit_event (previous_hash);
