-- One page of observations with the total row count. Lists are comma-joined ('' = no filter).
-- /*ORDER_BY*/ is replaced by a whitelisted ORDER BY list built in code.
select
    indicator, metier, territory, territory_level, period, value, status, disclosure_reason,
    numerator, denominator, unit, unit_kind, source_files_sha256, ingest_runs, unmasked,
    count(*) over () as total_count
from visible
where ($indicators = '' or list_contains(string_split($indicators, ','), indicator))
  and ($metiers = '' or list_contains(string_split($metiers, ','), metier))
  and ($territories = '' or list_contains(string_split($territories, ','), territory))
  and ($level = '' or territory_level = $level)
  and ($from = '' or period >= $from)
  and ($to = '' or period <= $to)
  and ($statuses = '' or list_contains(string_split($statuses, ','), status))
order by /*ORDER_BY*/
limit $limit offset $offset
