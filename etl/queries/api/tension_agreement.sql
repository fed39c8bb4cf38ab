-- Agreement between the observatory's and the official tension levels; $year = '' means every row (each year and
-- 'ALL'), else that year's rows. Years first, then 'ALL'; levels NAT, REG, DEP, then 'ALL'.
select
    period, territory_level, cells, identical, identical_share, within_one, within_one_share, weighted_kappa
from pub.tension_agreement
where $year = '' or period = $year
order by period = 'ALL', period, list_position(['NAT', 'REG', 'DEP', 'ALL'], territory_level)
