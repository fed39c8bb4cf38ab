-- The department and its region.
select d.territory, d.label, r.territory as region, r.label as region_label
from pub.territories as d
join pub.territories as r on r.territory_level = 'REG' and r.territory = d.parent_territory
where d.territory_level = 'DEP' and d.territory = $territory
