-- The edition: the build this report is made from (one row).
select run_id, strftime(built_at, '%Y-%m-%d %H:%M:%S') as built_at, reference_first_year, reference_last_year
from build_info
limit 1
