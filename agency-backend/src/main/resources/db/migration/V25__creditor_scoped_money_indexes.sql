-- Indexes for the per-creditor reads of money (issue 8, measured on generated data): the
-- remittance run reads each creditor's payments (open, held, cleared by the period end) and the
-- fee invoicing each creditor's fee bookings, once per creditor in one approval. Without these,
-- every creditor of a run scanned the whole payment and fee_booking tables.
-- payment (creditor_id, value_date) is V21's payment_creditor_value_idx already.
create index fee_booking_creditor_idx on fee_booking (creditor_id, value_date);
