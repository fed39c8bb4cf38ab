-- Question 03: share of difficult recruitment projects by year and métier in a department.
select v.period, v.metier, m.label_fr, v.value as check_value, v.numerator, v.denominator, v.status
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator = 'recruitment_difficulty_rate'
    and v.territory_level = 'DEP'
    and v.territory = $territory
order by v.period, v.metier
