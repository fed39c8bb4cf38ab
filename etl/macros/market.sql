-- France Travail job-seeker flows. The category ABC stock at the start of the year, rebuilt from the year's first
-- quarter (its end stock − its entries + its exits); null for the other quarters, so a sum over the year's rows is it.
create or replace macro year_start_stock(quarter_code, end_stock, entries, exits) as
    case when right(quarter_code, 2) = 'T1' then end_stock - entries + exits end;
