-- Same rows and rules as observations.sql, without paging, capped: the CSV export (15 columns read as an ObservationRow).
select
    indicator, metier, territory, territory_level, period, value, status, disclosure_reason,
    numerator, denominator, unit, unit_kind, source_files_sha256, ingest_runs, unmasked
from visible
where ($indicators = '' or list_contains(string_split($indicators, ','), indicator))
  and ($metiers = '' or list_contains(string_split($metiers, ','), metier))
  and ($territories = '' or list_contains(string_split($territories, ','), territory))
  and ($level = '' or territory_level = $level)
  and ($from = '' or period >= $from)
  and ($to = '' or period <= $to)
  and ($statuses = '' or list_contains(string_split($statuses, ','), status))
order by indicator, metier, territory_level, territory, period
limit $limit
