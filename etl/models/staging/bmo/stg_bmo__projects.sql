with

source as (
    select * from raw_bmo
),

renamed as (
    select
        ---------- ids
        cast(vintage as integer) as year,
        fap_version,
        fap_code,
        bassin_code,
        department_code,
        region_code,
        ---------- measures
        met as projects_count,
        measure_status(met, met_status) as projects_status,
        xmet as difficult_projects_count,
        measure_status(xmet, xmet_status) as difficult_projects_status,
        smet as seasonal_projects_count,
        measure_status(smet, smet_status) as seasonal_projects_status,
        ---------- provenance
        source_sha256,
        run_id
    from source
)

select * from renamed
