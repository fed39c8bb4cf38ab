-- The components of the department's tension index for the year, in their published order.
select metier, position, c.indicator_code as indicator, c.role, c.value, c.z_score, c.level
from (
    select metier, unnest(components) as c, generate_subscripts(components, 1) as position
    from pub.tension
    where territory_level = 'DEP' and territory = $territory and period = $year
)
order by metier, position
