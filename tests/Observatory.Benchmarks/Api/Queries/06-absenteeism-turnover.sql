-- Question 06: absenteeism, turnover and vacancy rates by métier, for a department and a year.
select v.indicator, v.metier, m.label_fr, v.value as check_value, v.status
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator in ('absenteeism_rate', 'turnover_rate', 'vacancy_rate')
    and v.territory_level = 'DEP'
    and v.territory = $territory
    and v.period = $period
order by v.indicator, v.metier
