-- The dimensions of the tension index declared by the catalogue: principal components first, each with its weight and,
-- when this edition does not compute it, the reason (pub.tension_reference, without the index's own row).
select indicator, component_role, weight, dimension_status = 'computed' as computed, dimension_reason
from pub.tension_reference
where component_role <> 'index'
order by component_role desc, weight desc, indicator
