-- Disclosure guard: the agreement between the observatory's and the official tension levels counts only cells
-- whose observatory level pub.tension publishes (not hidden, not partial), so it reveals no hidden level.
-- Returns the (year, territory level) rows whose count differs from a recount on pub.tension (passes when empty).
with

agreement as (
    select * from pub.tension_agreement
    where period <> 'ALL' and territory_level <> 'ALL'
),

recounted as (
    select period, territory_level, count(*) as cells
    from pub.tension
    where level is not null
        and official_level is not null
        and status <> 'partial'
    group by period, territory_level
)

select
    coalesce(a.period, r.period) as period,
    coalesce(a.territory_level, r.territory_level) as territory_level,
    a.cells as agreement_cells,
    r.cells as published_cells
from agreement as a
full outer join recounted as r
    on r.period = a.period
    and r.territory_level = a.territory_level
where a.cells is distinct from r.cells
