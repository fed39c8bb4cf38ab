-- Reconciliation: every regional numerator of the employer survey equals the sum of its departments'.
-- Returns the offending regions (passes when empty).
with

rolled as (
    select * from int_survey_measures_rolled_up
),

departments as (
    select code as department_code, region_code from ref_departments
),

compared as (
    select
        r.indicator_code,
        r.metier_code,
        r.territory_code as region_code,
        r.year,
        any_value(r.numerator) as region_numerator,
        sum(d.numerator) as departments_numerator
    from rolled as r
    inner join departments as dep
        on dep.region_code = r.territory_code
    inner join rolled as d
        on d.territory_level = 'DEP'
        and d.territory_code = dep.department_code
        and d.indicator_code = r.indicator_code
        and d.metier_code = r.metier_code
        and d.year = r.year
    where r.territory_level = 'REG'
    group by r.indicator_code, r.metier_code, r.territory_code, r.year
)

select * from compared
where abs(region_numerator - departments_numerator) > 1e-6
