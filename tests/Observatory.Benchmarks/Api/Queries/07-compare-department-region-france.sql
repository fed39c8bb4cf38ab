-- Question 07: one indicator for one métier, year by year, in a department, its region and France.
with

department as (
    select territory, region_code from pub.territories
    where territory_level = 'DEP' and territory = $territory
)

select v.period, v.territory_level, v.territory, t.label, v.value as check_value, v.status
from pub.indicator_values as v
join pub.territories as t using (territory_level, territory)
cross join department as d
where v.indicator = $indicator
    and v.metier = $metier
    and ((v.territory_level = 'DEP' and v.territory = d.territory)
        or (v.territory_level = 'REG' and v.territory = d.region_code)
        or v.territory_level = 'NAT')
order by v.period, case v.territory_level when 'DEP' then 1 when 'REG' then 2 else 3 end
