with

source as (
    select * from raw_drees_ecoles_sociales
),

renamed as (
    select
        ---------- ids
        cast(year as integer) as year,
        region_code,
        diploma_code,
        ---------- measures
        enrolled as enrolled_count,
        measure_status(enrolled, enrolled_status) as enrolled_status,
        entrants as entrants_count,
        measure_status(entrants, entrants_status) as entrants_status,
        presented as presented_count,
        measure_status(presented, presented_status) as presented_status,
        graduates as graduates_count,
        measure_status(graduates, graduates_status) as graduates_status,
        ---------- provenance
        'drees_ecoles_sociales' as source_id,
        cast(vintage as integer) as vintage,
        source_sha256,
        run_id
    from source
)

select * from renamed
