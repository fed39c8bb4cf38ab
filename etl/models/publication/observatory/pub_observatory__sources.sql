-- One row per raw file behind the edition: from the lake rows themselves (hash and run), completed by
-- the ingest's registry (file name, row accounting) when the lake has one.
with

lake_files as (
    select 'bmo' as source, cast(vintage as varchar) as vintage, source_sha256, run_id, count(*) as row_count from raw_bmo group by all
    union all select 'ft_offres', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_ft_offres group by all
    union all select 'ft_demandeurs', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_ft_demandeurs group by all
    union all select 'enquete_rh', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_enquete_rh group by all
    union all select 'drees_ecoles_sociales', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_drees_ecoles_sociales group by all
    union all select 'drees_formations_sante', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_drees_formations_sante group by all
    union all select 'plateforme_activite', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_plateforme_activite group by all
    union all select 'plateforme_parcours', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_plateforme_parcours group by all
    union all select 'plan_actions', '-', source_sha256, run_id, count(*) from raw_plan_actions group by all
    union all select 'urssaf_etab_effectifs', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_urssaf_etab_effectifs group by all
    union all select 'finess', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_finess group by all
    union all select 'dares_tensions', cast(vintage as varchar), source_sha256, run_id, count(*) from raw_dares_tensions group by all
),

loads as (
    select * from lake_loads
),

final as (
    select
        f.source,
        f.vintage,
        f.source_sha256 as file_sha256,
        any_value(l.file_name) as file_name,
        f.run_id,
        any_value(l.loaded_at) as loaded_at,
        sum(f.row_count) as lake_rows
    from lake_files as f
    left join loads as l
        on l.source = f.source
        and l.sha256 = f.source_sha256
    group by f.source, f.vintage, f.source_sha256, f.run_id
)

select * from final
