-- The lookup table of one canonical column: key (enum code or raw text of its cell) → typed value,
-- measure status, whether the text is an error, whether it raises an issue. Texts are stored as ENUMs.
create or replace table {{table}} as
select {{key}}, cast(val as {{val_type}}) as val, cast(status as {{status_type}}) as status, err, issue
from {{staging}};
