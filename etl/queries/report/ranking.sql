-- The tension ranking of the department's métier groups for the year: highest index first, masked last.
select t.metier, m.label_fr, t.territory_level, t.territory, t.period, t.index, t.level, t.label, t.status, t.disclosure_reason,
       t.fallback_territory_level, t.fallback_territory, t.fallback_index, t.fallback_level,
       t.coverage, t.covered_territories, t.official_level, t.official_label, t.official_status
from pub.tension as t
join pub.metiers as m using (metier)
where t.territory_level = 'DEP' and t.territory = $territory and t.period = $year
order by t.index desc nulls last, strip_accents(lower(m.label_fr)), t.metier
