with

territories as (
    select * from int_territories_unioned
),

final as (
    select
        territory_level,
        territory_code,
        label,
        parent_level,
        parent_code,
        region_code,
        level_rank
    from territories
)

select * from final
