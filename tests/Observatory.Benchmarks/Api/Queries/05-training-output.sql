-- Question 05: training entrants, enrolled, graduates and graduation rate by year and métier, for a region.
select v.period, v.indicator, v.metier, m.label_fr, v.value as check_value, v.status
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator in ('training_entrants', 'training_enrolled', 'training_graduates', 'graduation_rate')
    and v.territory_level = 'REG'
    and v.territory = $region
order by v.period desc, v.metier
