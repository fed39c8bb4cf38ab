with

reference as (
    select * from fct_tension_reference
),

components as (
    select * from ref_tension_components
),

final as (
    select
        c.indicator_code as indicator,
        c.component_role,
        c.weight,
        r.reference_year,
        r.cell_count,
        r.reference_mean,
        r.reference_stddev
    from components as c
    left join reference as r
        using (indicator_code)
)

select * from final
