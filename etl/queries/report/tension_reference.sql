-- The reference distribution of the tension index components.
select indicator, component_role, weight, reference_first_year, reference_last_year, cell_count, reference_mean, reference_stddev,
       metier_count, territory_count, dimension_status, dimension_reason, threshold_1_2, threshold_2_3, threshold_3_4, threshold_4_5
from pub.tension_reference
order by component_role desc, weight desc, indicator
