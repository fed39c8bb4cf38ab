-- The official DARES / France Travail tension level beside the observatory's métier groups: each FAP code of the
-- file is mapped, at its own FAP version, to the observatory métier or métier group that code covers
-- (int_metier_groups_derived, code_system 'fap': FAP 2009 up to the 2023 edition, FAP 2021 from 2024, the same
-- codes BMO uses, so a group is one FAP code and its official level is that code's, never an average). FAP codes
-- covering no observatory métier (animation, orientation…) drop out.
with

levels as (
    select * from stg_dares_tensions__levels
),

groups as (
    select * from int_metier_groups_derived
    where code_system = 'fap'
),

parameters as (
    select * from ref_tension_parameters
),

mapped as (
    select
        groups.metier_code,
        levels.*
    from levels
    inner join groups
        on groups.code_version = levels.fap_version
        and groups.source_code = levels.fap_code
),

final as (
    select
        m.metier_code,
        m.territory_level,
        m.territory_code,
        cast(m.year as varchar) as period_code,
        m.fap_version,
        m.fap_code,
        m.official_index,
        m.tension_level as official_level,
        case m.tension_level
            when 1 then p.level_1_label
            when 2 then p.level_2_label
            when 3 then p.level_3_label
            when 4 then p.level_4_label
            when 5 then p.level_5_label
        end as official_label,
        m.official_status,
        m.edition,
        m.source_sha256,
        m.run_id
    from mapped as m
    cross join parameters as p
)

select * from final
