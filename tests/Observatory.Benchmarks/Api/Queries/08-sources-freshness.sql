-- Question 08: the raw files loaded in the published edition (source, vintage, hash, run, load time, rows).
select source, vintage, file_sha256, file_name, run_id, loaded_at, cast(lake_rows as bigint) as check_value
from pub.sources
order by source, vintage, file_name
