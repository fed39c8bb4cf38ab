-- The BMO métier group (FAP 2009 until 2023, FAP 2021 from 2024) each single métier falls in:
-- the grain of the composite tension index, where ROME-based and survey values are regrouped.
with

groups as (
    select * from int_metier_groups_derived
    where code_system = 'fap'
),

members as (
    select
        code_version as fap_version,
        unnest(member_codes) as member_metier_code,
        metier_code as fap_group_code
    from groups
),

final as (
    select distinct fap_version, member_metier_code, fap_group_code
    from members
)

select * from final
