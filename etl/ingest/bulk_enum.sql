-- The distinct non-NULL texts of {{table}}.{{column}} as an ENUM type, in text order (enum_code()
-- numbers them). ENUM columns cost a small integer per row and DuckDB writes them to Parquet as
-- plain strings, several times faster than VARCHAR.
create type {{type}} as enum (
    select distinct {{column}} from {{table}} where {{column}} is not null order by 1
);
