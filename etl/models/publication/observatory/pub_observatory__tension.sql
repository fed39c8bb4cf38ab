with

tension as (
    select * from fct_tension
),

final as (
    select
        metier_code as metier,
        territory_code as territory,
        territory_level,
        period_code as period,
        tension_index as "index",
        tension_level as level,
        tension_label as label,
        status,
        components,
        reference_year,
        fallback_territory_level,
        fallback_territory_code as fallback_territory,
        fallback_index,
        fallback_level
    from tension
)

select * from final
