-- Hashes of the keys seen more than once under unique rule {{rule}} (all key parts present): usually
-- none, and then nothing more is looked at.
create or replace table {{target}} as
select hash({{keys}}) as h
from bulk_rows
where {{keys_present}}
group by h
having count(*) > 1;
