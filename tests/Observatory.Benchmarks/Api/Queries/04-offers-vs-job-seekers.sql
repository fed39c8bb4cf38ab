-- Question 04: offers, category A job seekers and tension ratio by métier, for a department and a year.
select v.indicator, v.metier, m.label_fr, v.value as check_value, v.status
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator in ('job_offers', 'job_seekers_a', 'tension_ratio')
    and v.territory_level = 'DEP'
    and v.territory = $territory
    and v.period = $period
order by v.indicator, v.metier
