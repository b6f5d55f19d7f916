-- A remittance item's line and payment are checked once per statement, not once per row (issue 8).
-- A run writes one item per payment it pays, 123,432 for a month at 1,000,000 cases, in one
-- statement per line. The two row-level foreign keys looked up the line and the payment for each
-- item and locked both rows (FOR KEY SHARE), which rewrites every payment row the run pays: 70 %
-- of the items' writing, 5 to 8 s of each preparation.
--
-- The guarantees stay:
--   - an item names an existing line and an existing payment: checked on the rows a statement
--     inserted or updated, in one join each;
--   - a line with items is never deleted: checked on the lines a statement deleted;
--   - a payment is never deleted nor its id changed: payment is append-only (V12).
alter table remittance_item
    drop constraint remittance_item_line_id_fkey,
    drop constraint remittance_item_payment_id_fkey;

create function remittance_item_references_exist() returns trigger
    language plpgsql as
$$
declare
    missing record;
begin
    select i.line_id, i.payment_id,
           not exists (select 1 from remittance_line l where l.id = i.line_id) as no_line
    into missing
    from written i
    where not exists (select 1 from remittance_line l where l.id = i.line_id)
       or not exists (select 1 from payment p where p.id = i.payment_id)
    limit 1;
    if found then
        raise exception using
            errcode = 'foreign_key_violation',
            message = case when missing.no_line
                then 'remittance_item names no remittance line: ' || missing.line_id
                else 'remittance_item names no payment: ' || missing.payment_id end;
    end if;
    return null;
end;
$$;

create trigger remittance_item_references_inserted
    after insert on remittance_item
    referencing new table as written
    for each statement execute function remittance_item_references_exist();
create trigger remittance_item_references_updated
    after update on remittance_item
    referencing new table as written
    for each statement execute function remittance_item_references_exist();

create function remittance_line_without_items() returns trigger
    language plpgsql as
$$
declare
    kept uuid;
begin
    select d.id into kept from gone d
    where exists (select 1 from remittance_item i where i.line_id = d.id) limit 1;
    if found then
        raise exception using
            errcode = 'foreign_key_violation',
            message = 'remittance line ' || kept || ' still has items';
    end if;
    return null;
end;
$$;

create trigger remittance_line_items_first
    after delete on remittance_line
    referencing old table as gone
    for each statement execute function remittance_line_without_items();

-- A line's id never changes (a row-level check: transition tables take no column list).
create function remittance_line_id_is_kept() returns trigger
    language plpgsql as
$$
begin
    if new.id <> old.id then
        raise exception using
            errcode = 'foreign_key_violation',
            message = 'a remittance line keeps its id: ' || old.id;
    end if;
    return new;
end;
$$;

create trigger remittance_line_id_kept
    before update of id on remittance_line
    for each row execute function remittance_line_id_is_kept();
