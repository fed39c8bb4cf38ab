with

source as (
    select * from raw_enquete_rh
),

renamed as (
    select
        ---------- ids
        cast(year as integer) as year,
        finess_et,
        department_code,
        finess_category,
        metier_code,
        ---------- measures (employer-level: never published as such)
        headcount as headcount_count,
        measure_status(headcount, headcount_status) as headcount_status,
        cast(fte_real as double) as fte_real,
        measure_status(fte_real, fte_real_status) as fte_real_status,
        cast(fte_authorised as double) as fte_authorised,
        measure_status(fte_authorised, fte_authorised_status) as fte_authorised_status,
        cast(fte_vacant as double) as fte_vacant,
        measure_status(fte_vacant, fte_vacant_status) as fte_vacant_status,
        age_55_plus as age_55_plus_count,
        measure_status(age_55_plus, age_55_plus_status) as age_55_plus_status,
        entries as entries_count,
        measure_status(entries, entries_status) as entries_status,
        exits as exits_count,
        measure_status(exits, exits_status) as exits_status,
        cast(absence_days as double) as absence_days,
        measure_status(absence_days, absence_days_status) as absence_days_status,
        work_accidents as work_accidents_count,
        measure_status(work_accidents, work_accidents_status) as work_accidents_status,
        ---------- provenance
        cast(vintage as integer) as vintage,
        source_sha256,
        run_id
    from source
)

select * from renamed
