-- The time series of one indicator × métier × territory, oldest period first.
select
    indicator, metier, territory, territory_level, period, value, status, disclosure_reason,
    numerator, denominator, unit, unit_kind, source_files_sha256, ingest_runs, unmasked,
    coverage, covered_territories, imputed_share, 0 as total_count
from visible
where indicator = $indicator and metier = $metier and territory = $territory and territory_level = $level
order by period
