-- Every record of a plain CSV, typed through the per-column lookup tables, with its line,
-- whether a cell or a row rule (non_negative, check) fails, and one flag per row rule.
create or replace table bulk_rows as
select {{select_list}}
from bulk_raw r
{{joins}};
