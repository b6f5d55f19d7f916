-- The delay a mandate agrees for remitting a payment after its encashment (CPCE R124-6: a month
-- unless agreed otherwise; DOMAIN D5). Null keeps the legal month. Payments waiting longer are
-- flagged late on the remittance run.
alter table mandate
    add column remittance_delay_days integer
        check (remittance_delay_days between 1 and 90);
