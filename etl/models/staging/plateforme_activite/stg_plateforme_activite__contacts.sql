with

source as (
    select * from raw_plateforme_activite
),

renamed as (
    select
        ---------- ids
        department_code,
        platform,
        metier_code,
        ---------- periods
        cast(year as integer) as year,
        quarter,
        cast(year as varchar) || quarter as quarter_code,
        ---------- measures
        people_informed as people_informed_count,
        measure_status(people_informed, people_informed_status) as people_informed_status,
        people_accompanied as people_accompanied_count,
        measure_status(people_accompanied, people_accompanied_status) as people_accompanied_status,
        training_entries as training_entries_count,
        measure_status(training_entries, training_entries_status) as training_entries_status,
        exits_to_job as exits_to_job_count,
        measure_status(exits_to_job, exits_to_job_status) as exits_to_job_status,
        exits_to_training as exits_to_training_count,
        measure_status(exits_to_training, exits_to_training_status) as exits_to_training_status,
        ---------- provenance
        cast(vintage as integer) as vintage,
        source_sha256,
        run_id
    from source
)

select * from renamed
