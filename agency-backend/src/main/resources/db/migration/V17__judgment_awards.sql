-- What a judgment awards, recorded with its step: the principal and the interest it fixes, the
-- costs (dépens, CPC 696) and the article 700 indemnity it puts on the debtor. The last two are
-- added to what the debtor owes from the judgment's date.
alter table judicial_step
    add column award_principal   numeric(15, 2) check (award_principal >= 0),
    add column award_interest    numeric(15, 2) check (award_interest >= 0),
    add column award_costs       numeric(15, 2) check (award_costs >= 0),
    add column award_article700  numeric(15, 2) check (award_article700 >= 0),
    add column award_currency    char(3),
    add constraint judicial_step_award_check check (
        (award_currency is null and award_principal is null and award_interest is null
            and award_costs is null and award_article700 is null)
        or (kind = 'JUDGMENT' and award_currency is not null));
