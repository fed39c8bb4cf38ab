-- Second read of a plain CSV: the cells in file order (row id + 2 is the physical line). A cell with
-- few distinct texts is stored as its ENUM (bulk_enum_<i>, created from bulk_distinct): a small
-- integer per row instead of a string, which DuckDB stores and writes to Parquet much faster.
create or replace table bulk_raw as
select {{cells}}
from bulk_csv;
