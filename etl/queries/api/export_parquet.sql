-- Same rows and rules as observations.sql, without paging, capped: the Parquet export.
select
    indicator, metier, territory, territory_level, period, value, status, disclosure_reason,
    numerator, denominator, unit, coverage, covered_territories, imputed_share, source_files_sha256, ingest_runs
from filtered
order by indicator, metier, territory_level, territory, period
limit $limit
