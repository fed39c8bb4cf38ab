-- A plain CSV (checked by CsvShapeCheck: no quotes, no blank line, constant field count) as text
-- cells in file order: row id + 2 is the physical line. Empty cells are '' as in the row reader.
create or replace table bulk_raw as
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
