-- A plain CSV (checked by CsvShapeCheck: no quotes, no blank line, constant field count) as text
-- cells in file order. Empty cells are '' as in the row reader. A view: it is read twice, once for
-- the distinct values of each cell (bulk_distinct) and once into bulk_raw.
create or replace view bulk_csv as
select {{cells}}
from read_csv('{{path}}',
    delim = '{{delimiter}}',
    header = false,
    skip = 1,
    auto_detect = false,
    quote = '',
    escape = '',
    new_line = '{{new_line}}',
    encoding = '{{encoding}}',
    columns = {{columns}}
);
