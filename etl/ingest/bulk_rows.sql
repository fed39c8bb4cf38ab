-- Every record of a plain CSV, typed through the per-column lookup tables, with its line,
-- whether a cell or a row rule (non_negative, check) fails, and one flag per row rule. A view:
-- the joins on enum codes are cheap, so every later query (counts, duplicates, each lake
-- partition) recomputes the typed values instead of storing them as strings.
create or replace view bulk_rows as
select {{select_list}}
from bulk_raw r
{{joins}};
