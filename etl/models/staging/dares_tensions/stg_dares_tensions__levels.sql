-- The DARES / France Travail tension file as published: the principal indicator (continuous and in five levels)
-- and its six component levels per FAP code × territory × year, at the FAP code and version of the edition.
-- The official status: 'ok' where DARES publishes the indicator, 'imputed' where the volume is insufficient and
-- only its imputed column has a value (« Tension (Valeurs imputées: volumétrie insuffisantes) »), 'missing'
-- where both are n.d. (Mayotte, outside the DARES field).
with

source as (
    select * from raw_dares_tensions
),

renamed as (
    select
        ---------- ids
        cast(year as integer) as year,
        cast(vintage as integer) as edition,
        fap_version,
        fap_code,
        territory_level,
        case territory_level
            when 'NAT' then 'FR'
            when 'REG' then region_code
            else department_code
        end as territory_code,
        ---------- measures
        cast(employment as double) as employment,
        measure_status(employment, employment_status) as employment_status,
        cast(tension_index as double) as tension_index,
        measure_status(tension_index, tension_index_status) as tension_index_status,
        cast(tension_level as integer) as tension_level,
        measure_status(tension_level, tension_level_status) as tension_level_status,
        cast(imputed_tension_index as double) as imputed_tension_index,
        measure_status(imputed_tension_index, imputed_tension_index_status) as imputed_tension_index_status,
        cast(hiring_intensity_level as integer) as hiring_intensity_level,
        cast(training_link_level as integer) as training_link_level,
        cast(labour_shortage_level as integer) as labour_shortage_level,
        cast(non_durable_employment_level as integer) as non_durable_employment_level,
        cast(working_conditions_level as integer) as working_conditions_level,
        cast(geographic_mismatch_level as integer) as geographic_mismatch_level,
        ---------- provenance
        source_sha256,
        run_id
    from source
),

final as (
    select
        *,
        case
            when is_usable(tension_index_status) then 'ok'
            when is_usable(imputed_tension_index_status) then 'imputed'
            else 'missing'
        end as official_status,
        case
            when is_usable(tension_index_status) then tension_index
            when is_usable(imputed_tension_index_status) then imputed_tension_index
        end as official_index
    from renamed
)

select * from final
