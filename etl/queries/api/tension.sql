-- Tension index rows of a set of territories (comma-joined) of one level and one year; $year = '' means the latest
-- year with at least one published level for those territories (else the latest year they have).
with chosen as (
    select coalesce(nullif($year, ''), max(period) filter (where level is not null), max(period)) as period
    from pub.tension
    where territory_level = $level and list_contains(string_split($territories, ','), territory)
)
select
    t.metier, t.territory, t.territory_level, t.period, t.index, t.level, t.label, t.status,
    to_json(t.components)::varchar as components, t.reference_last_year as reference_year,
    t.fallback_territory_level, t.fallback_territory, t.fallback_index, t.fallback_level, t.disclosure_reason,
    t.coverage, t.covered_territories, t.official_level, t.official_label, t.official_status
from pub.tension as t
join chosen on t.period = chosen.period
where t.territory_level = $level and list_contains(string_split($territories, ','), t.territory)
order by t.territory, t.index desc nulls last, t.metier
