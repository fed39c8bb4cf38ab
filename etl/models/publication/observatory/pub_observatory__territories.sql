with

territories as (
    select * from dim_territory
),

final as (
    select
        territory_code as territory,
        territory_level,
        label,
        parent_level,
        parent_code as parent_territory,
        region_code
    from territories
)

select * from final
