-- One page of observations with the total row count.
-- /*ORDER_BY*/ is replaced by a whitelisted ORDER BY list built in code.
select
    indicator, metier, territory, territory_level, period, value, status, disclosure_reason,
    numerator, denominator, unit, unit_kind, source_files_sha256, ingest_runs, unmasked,
    coverage, covered_territories, imputed_share, count(*) over () as total_count
from filtered
order by /*ORDER_BY*/
limit $limit offset $offset
