with

metiers as (
    select * from ref_metiers
),

groups as (
    select * from int_metier_groups_derived
    where member_count > 1
),

group_rows as (
    select distinct metier_code, member_codes from groups
),

singles as (
    select
        metier_code,
        label_fr,
        short_label_fr,
        sector,
        false as is_group,
        metier_code as member_codes,
        priority_01 = 'true' as is_priority_01,
        priority_40 = 'true' as is_priority_40
    from metiers
),

grouped as (
    select
        g.metier_code,
        string_agg(m.short_label_fr, ' / ' order by m.metier_code) as label_fr,
        string_agg(m.short_label_fr, ' / ' order by m.metier_code) as short_label_fr,
        case when count(distinct m.sector) = 1 then any_value(m.sector) else 'multi' end as sector,
        true as is_group,
        array_to_string(any_value(g.member_codes), ',') as member_codes,
        bool_or(m.priority_01 = 'true') as is_priority_01,
        bool_or(m.priority_40 = 'true') as is_priority_40
    from group_rows as g
    inner join metiers as m
        on list_contains(g.member_codes, m.metier_code)
    group by g.metier_code
),

final as (
    select * from singles
    union all
    select * from grouped
)

select * from final
