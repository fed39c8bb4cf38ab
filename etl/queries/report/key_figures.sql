-- Key figures of the department for the year. Sums cover the shown cells only; `masked` counts the
-- cells left out. Offers and job seekers: the métiers (not the groups, which would count twice);
-- BMO: its métier groups, which do not overlap.
with v as (
    select v.*, m.is_group
    from pub.indicator_values as v
    join pub.metiers as m using (metier)
    where v.territory_level = 'DEP' and v.territory = $territory and v.period = $year
),
t as (
    select * from pub.tension
    where territory_level = 'DEP' and territory = $territory and period = $year
)
select 1 as ordinal, 'job_offers' as figure, sum(value) as value,
       count(*) filter (where value is null) as masked, count(*) as cells
from v where indicator = 'job_offers' and not is_group
union all
select 2, 'job_seekers_a', sum(value), count(*) filter (where value is null), count(*)
from v where indicator = 'job_seekers_a' and not is_group
union all
select 3, 'recruitment_projects', sum(value), count(*) filter (where value is null), count(*)
from v where indicator = 'recruitment_projects'
union all
select 4, 'recruitment_difficulty_rate',
       sum(numerator) filter (where value is not null) / sum(denominator) filter (where value is not null),
       count(*) filter (where value is null), count(*)
from v where indicator = 'recruitment_difficulty_rate'
union all
select 5, 'strong_tension_count', count(*) filter (where level >= 4), count(*) filter (where index is null), count(*)
from t
order by ordinal
