-- Every source code (FAP 225/228, ROME v3/4.0, diploma) with the observatory métier or métier group
-- it belongs to. A code covering several métiers maps to their group (code 'ADVF+TISF'): its values
-- are published for the group, never split with the crosswalks' equal weights (DATA-SOURCES §14).
with

fap as (
    select * from ref_xw_metier_fap
    where fap_level in ('225', '228')
),

rome as (
    select * from ref_xw_metier_rome
),

diplomas as (
    select * from ref_xw_diploma_metier
),

links as (
    select 'fap' as code_system, fap_version as code_version, fap_code as source_code, metier_code from fap
    union all
    select 'rome', rome_version, rome_code, metier_code from rome
    union all
    select 'diploma', 'drees', diploma_code, metier_code from diplomas
),

final as (
    select
        code_system,
        code_version,
        source_code,
        string_agg(metier_code, '+' order by metier_code) as metier_code,
        count(*) as member_count,
        list(metier_code order by metier_code) as member_codes
    from links
    group by code_system, code_version, source_code
)

select * from final
