with

metiers as (
    select * from dim_metier
),

final as (
    select
        metier_code as metier,
        label_fr,
        short_label_fr,
        sector,
        is_group,
        member_codes,
        is_priority_01,
        is_priority_40
    from metiers
)

select * from final
