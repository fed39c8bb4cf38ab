-- Question 01: the métiers of a department ranked by tension index for a year.
select
    t.metier, m.label_fr, t."index" as check_value, t.level, t.label, t.status,
    t.fallback_territory_level, t.fallback_territory, t.fallback_index, t.fallback_level
from pub.tension as t
join pub.metiers as m using (metier)
where t.territory_level = 'DEP'
    and t.territory = $territory
    and t.period = cast($year as varchar)
order by t."index" desc nulls last, t.fallback_index desc nulls last, m.label_fr
