with

groups as (
    select * from int_metier_groups_derived
),

final as (
    select
        metier_code as metier,
        code_system,
        code_version,
        source_code as code,
        member_count
    from groups
)

select * from final
