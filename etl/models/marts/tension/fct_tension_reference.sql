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

-- Mean and standard deviation from exact decimal sums: a parallel sum of doubles depends on the order
-- the threads add in, and the reference must be the same to the bit for the same lake.
moments as (
    select
        indicator_code,
        any_value(year) as reference_year,
        count(*) as cell_count,
        count(distinct metier_code) as metier_count,
        count(distinct territory_code) as territory_count,
        (sum(value::decimal(38, 18)) / count(*))::double as reference_mean
    from reference_cells
    group by indicator_code
),

final as (
    select
        m.indicator_code,
        m.reference_year,
        m.cell_count,
        m.metier_count,
        m.territory_count,
        m.reference_mean,
        case when m.cell_count > 1 then
            sqrt((sum(((c.value - m.reference_mean) ^ 2)::decimal(38, 18)) / (m.cell_count - 1))::double)
        end as reference_stddev
    from moments as m
    inner join reference_cells as c
        using (indicator_code)
    group by m.indicator_code, m.reference_year, m.cell_count, m.metier_count, m.territory_count, m.reference_mean
)

select * from final
