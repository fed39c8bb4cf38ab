select territory, territory_level, label, parent_level, parent_territory
from pub.territories
order by case territory_level when 'NAT' then 0 when 'REG' then 1 else 2 end, territory
