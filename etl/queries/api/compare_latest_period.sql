-- The latest period with a row for this indicator × métier × department.
select max(period)
from pub.indicator_values
where indicator = $indicator and metier = $metier and territory_level = 'DEP' and territory = $territory
