-- The reference distribution of each tension component: every métier group × department of the
-- reference year that passes the volume thresholds. Stored with the edition so later years are
-- standardised against the same mean and standard deviation.
with

components as (
    select * from int_tension_components_unpivoted
),

parameters as (
    select * from ref_tension_parameters
),

reference_cells as (
    select c.*
    from components as c
    inner join parameters as p
        on c.year = p.reference_year
    where c.territory_level = 'DEP'
        and c.passes_volume
        and c.value is not null
),

final as (
    select
        indicator_code,
        any_value(year) as reference_year,
        count(*) as cell_count,
        avg(value) as reference_mean,
        stddev_samp(value) as reference_stddev
    from reference_cells
    group by indicator_code
)

select * from final
