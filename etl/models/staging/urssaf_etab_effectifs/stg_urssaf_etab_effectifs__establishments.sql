with

source as (
    select * from raw_urssaf_etab_effectifs
),

renamed as (
    select
        ---------- ids
        cast(year as integer) as year,
        commune_code,
        department_code,
        naf_code,
        ---------- measures
        cast(establishments as double) as establishments_count,
        measure_status(establishments, establishments_status) as establishments_status,
        cast(employees as double) as employees_count,
        measure_status(employees, employees_status) as employees_status,
        ---------- provenance
        cast(vintage as integer) as vintage,
        source_sha256,
        run_id
    from source
)

select * from renamed
