-- The composite tension index of every métier group in the department, its region and France, up to the year.
select t.metier, m.label_fr, t.territory_level, t.territory, t.period, t.index, t.level, t.label, t.status, t.disclosure_reason,
       t.fallback_territory_level, t.fallback_territory, t.fallback_index, t.fallback_level,
       t.coverage, t.covered_territories, t.official_level, t.official_label, t.official_status
from pub.tension as t
join pub.metiers as m using (metier)
where ((t.territory_level = 'DEP' and t.territory = $territory)
    or (t.territory_level = 'REG' and t.territory = $region)
    or t.territory_level = 'NAT')
  and t.period <= $year
order by t.metier, t.territory_level, t.period
