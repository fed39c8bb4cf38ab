-- First read of a plain CSV: every distinct text of every cell with its count, in one scan. Each row
-- holds one cell's text; the other cells are NULL (a text itself is never NULL: empty is '').
create or replace table bulk_distinct as
select {{cells}}, count(*) as n
from bulk_csv
group by grouping sets ({{sets}});
