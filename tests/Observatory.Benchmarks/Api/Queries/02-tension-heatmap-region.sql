-- Question 02: tension level of every métier in every department of a region, for a year.
select
    t.metier, m.label_fr, t.territory, d.label, t."index" as check_value, t.level, t.status,
    t.fallback_territory_level, t.fallback_level
from pub.tension as t
join pub.metiers as m using (metier)
join pub.territories as d
    on d.territory_level = 'DEP' and d.territory = t.territory
where t.territory_level = 'DEP'
    and d.region_code = $region
    and t.period = cast($year as varchar)
order by m.label_fr, d.label
