-- The reference distribution of the tension index components.
select indicator, component_role, weight, reference_year, cell_count, reference_mean, reference_stddev,
       metier_count, territory_count, dimension_status, dimension_reason
from pub.tension_reference
order by component_role desc, weight desc, indicator
