select source, vintage, file_sha256, file_name, run_id,
       strftime(loaded_at, '%Y-%m-%dT%H:%M:%S') as loaded_at, cast(lake_rows as bigint) as lake_rows
from pub.sources
order by source, vintage, file_name
