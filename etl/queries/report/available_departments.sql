-- Departments with at least one published value, and the years they have.
select t.territory, t.label, min(v.period) as first_period, max(v.period) as last_period
from pub.indicator_values as v
join pub.territories as t on t.territory_level = 'DEP' and t.territory = v.territory
where v.territory_level = 'DEP' and v.value is not null
group by t.territory, t.label
order by t.territory
