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

parameters as (
    select * from ref_tension_parameters
),

final as (
    select
        c.indicator_code as indicator,
        c.component_role,
        c.weight,
        i.catalogue_status as dimension_status,
        i.planned_reason as dimension_reason,
        p.reference_first_year,
        p.reference_last_year,
        r.cell_count,
        r.metier_count,
        r.territory_count,
        r.reference_mean,
        r.reference_stddev,
        r.threshold_1_2,
        r.threshold_2_3,
        r.threshold_3_4,
        r.threshold_4_5
    from (
        select indicator_code, component_role, weight from components
        union all
        select 'tension_index', 'index', 1.0
    ) as c
    inner join indicators as i
        using (indicator_code)
    cross join parameters as p
    left join reference as r
        using (indicator_code)
)

select * from final
