-- Same rows and rules as observations.sql, without paging, capped: the CSV export (the columns of an ObservationRow).
select
    indicator, metier, territory, territory_level, period, value, status, disclosure_reason,
    numerator, denominator, unit, unit_kind, source_files_sha256, ingest_runs, unmasked,
    coverage, covered_territories, imputed_share
from filtered
order by indicator, metier, territory_level, territory, period
limit $limit
