-- Question 10: people accompanied by the platform and positive exit rate, by year and métier, for a department.
select v.period, v.indicator, v.metier, m.label_fr, v.value as check_value, v.status
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator in ('people_accompanied', 'positive_exit_rate')
    and v.territory_level = 'DEP'
    and v.territory = $territory
order by v.period desc, v.metier
