select run_id, strftime(built_at, '%Y-%m-%dT%H:%M:%S') as built_at, duckdb_version, reference_last_year as reference_year, reference_first_year
from build_info
limit 1
