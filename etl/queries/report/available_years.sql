-- Years with at least one published value for the department.
select distinct period
from pub.indicator_values
where territory_level = 'DEP' and territory = $territory and value is not null
order by period
