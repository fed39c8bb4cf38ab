-- Reconciliation: every regional yearly offers count equals the sum of its departments' counts.
-- Returns the offending regions (passes when empty).
with

rolled as (
    select * from int_market_volumes_rolled_up
),

departments as (
    select code as department_code, region_code from ref_departments
),

compared as (
    select
        r.metier_code,
        r.territory_code as region_code,
        r.year,
        any_value(r.offers_count) as region_offers,
        sum(d.offers_count) as departments_offers
    from rolled as r
    inner join departments as dep
        on dep.region_code = r.territory_code
    inner join rolled as d
        on d.territory_level = 'DEP'
        and d.territory_code = dep.department_code
        and d.metier_code = r.metier_code
        and d.year = r.year
    where r.territory_level = 'REG'
        and r.offers_count is not null
    group by r.metier_code, r.territory_code, r.year
)

select * from compared
where region_offers <> departments_offers
