with

departments as (
    select * from ref_departments
),

regions as (
    select * from ref_regions
),

unioned as (
    select 'NAT' as territory_level, 'FR' as territory_code, 'France' as label,
        null as parent_level, null as parent_code, null as region_code, 0 as level_rank
    union all
    select 'REG', code, label, 'NAT', 'FR', code, 1
    from regions
    union all
    select 'DEP', code, label, 'REG', region_code, region_code, 2
    from departments
),

final as (
    select * from unioned
)

select * from final
