with

source as (
    select * from raw_finess
),

renamed as (
    select
        ---------- ids
        finess_et,
        finess_ej,
        department_code as finess_department_code,
        commune_code3,
        category_code,
        category_aggregate_code,
        naf_code,
        ---------- dates
        opening_date,
        cast(vintage as integer) as vintage,
        ---------- provenance
        source_sha256,
        run_id
    from source
    where record_type = 'structureet'
)

select * from renamed
