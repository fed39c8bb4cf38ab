-- Every published value of the department, its region and France up to the edition's year.
select v.indicator, v.metier, v.territory_level, v.territory, v.period, v.value, v.status, v.disclosure_reason,
       v.coverage, v.covered_territories
from pub.indicator_values as v
where ((v.territory_level = 'DEP' and v.territory = $territory)
    or (v.territory_level = 'REG' and v.territory = $region)
    or v.territory_level = 'NAT')
  and v.period <= $year
order by v.indicator, v.metier, v.territory_level, v.period
