with

reference as (
    select * from fct_tension_reference
),

components as (
    select * from ref_tension_components
),

indicators as (
    select * from ref_indicators
),

final as (
    select
        c.indicator_code as indicator,
        c.component_role,
        c.weight,
        i.catalogue_status as dimension_status,
        i.planned_reason as dimension_reason,
        r.reference_year,
        r.cell_count,
        r.metier_count,
        r.territory_count,
        r.reference_mean,
        r.reference_stddev
    from components as c
    inner join indicators as i
        using (indicator_code)
    left join reference as r
        using (indicator_code)
)

select * from final
