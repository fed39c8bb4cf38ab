with

source as (
    select * from raw_ft_demandeurs
),

renamed as (
    select
        ---------- ids
        rome_version,
        rome_code,
        territory_type,
        territory_code,
        candidate_category,
        ---------- periods
        period as quarter_code,
        cast(left(period, 4) as integer) as year,
        ---------- measures
        job_seekers as job_seekers_count,
        measure_status(job_seekers, job_seekers_status) as job_seekers_status,
        entries as entries_count,
        measure_status(entries, entries_status) as entries_status,
        exits as exits_count,
        measure_status(exits, exits_status) as exits_status,
        ---------- provenance
        cast(vintage as integer) as vintage,
        source_sha256,
        run_id
    from source
)

select * from renamed
