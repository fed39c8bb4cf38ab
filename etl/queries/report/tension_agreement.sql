-- Agreement between the observatory's and the official DARES / France Travail tension levels, all territory levels
-- together: one row per year, then the whole edition ('ALL').
select period, cells, identical, identical_share, within_one, within_one_share, weighted_kappa
from pub.tension_agreement
where territory_level = 'ALL'
order by period = 'ALL', period
