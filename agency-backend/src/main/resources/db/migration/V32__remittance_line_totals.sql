-- What each remittance line's payments add up to, kept with the line when it is prepared
-- (issue 8). A run's views, its audit events, the manager's list of runs and the creditor's list
-- of remittances showed these totals by reading every payment of every line: 123,432 payments for
-- one month at 1,000,000 cases, and every past run again on the list pages. The payments stay
-- the line's items; they are read for a statement, or page by page through the API.
--
-- funds_mark: a digest of what the line's figures were computed from (the creditor's kept ledger
-- balances, its mandate's remittance delay, the clearing delays), read before the figures. The
-- approval compares it with the digest as it stands instead of computing every creditor's figures
-- again. Every ledger entry has a positive amount, so any movement of a creditor's funds changes
-- its debits, hence the digest.
alter table remittance_line
    add column payment_count  integer,
    add column late_count     integer,
    add column collected      numeric(15, 2),
    add column fees_kept      numeric(15, 2),
    add column costs_repaid   numeric(15, 2),
    add column funds_mark     char(64);

-- The lines prepared before: their payments as the remittance saw them, with the fees booked on
-- each when collected (the creditor's share kinds, amount and VAT; the others, VAT only, as
-- RemittanceFunds reads them), never more than what the costs repaid left of the payment.
-- Their drafts have no mark: approving one asks for it to be prepared again.
update remittance_line l
set payment_count = s.payments,
    late_count    = s.late,
    collected     = s.collected,
    fees_kept     = s.fees_kept,
    costs_repaid  = s.costs_repaid
from (select i.line_id,
             count(*)                                           as payments,
             count(*) filter (where i.late)                     as late,
             sum(p.amount)                                      as collected,
             sum(least(coalesce(f.charged, 0), p.amount - coalesce(r.amount, 0))) as fees_kept,
             sum(coalesce(r.amount, 0))                         as costs_repaid
      from remittance_item i
               join payment p on p.id = i.payment_id
               left join cost_recovery r on r.payment_id = p.id
               left join (select b.payment_id,
                                 sum(case when b.kind in ('CONTINGENCY', 'FILE_FEE',
                                                          'CERTIFICATE_FEE')
                                          then b.amount + b.vat else b.vat end) as charged
                          from fee_booking_line b
                          group by b.payment_id) f on f.payment_id = p.id
      group by i.line_id) s
where s.line_id = l.id;

update remittance_line
set payment_count = 0, late_count = 0, collected = 0, fees_kept = 0, costs_repaid = 0
where payment_count is null;

alter table remittance_line
    alter column payment_count set not null,
    alter column late_count set not null,
    alter column collected set not null,
    alter column fees_kept set not null,
    alter column costs_repaid set not null,
    add constraint remittance_line_counts check (payment_count >= late_count and late_count >= 0);
