-- The platforms' person-level follow-up: one row per pseudonymous person and quarter of accompaniment,
-- with the exit (type and date) on the quarter the accompaniment ends. A quarter exported again in a
-- later file (a re-export of the history) is taken from the latest vintage only.
with

source as (
    select * from raw_plateforme_parcours
),

renamed as (
    select
        ---------- ids
        department_code,
        platform,
        person_id,
        metier_code,
        ---------- periods
        cast(year as integer) as year,
        quarter,
        cast(year as varchar) || quarter as quarter_code,
        ---------- follow-up
        case accompaniment_status
            when 'EN COURS' then 'ongoing'
            when 'SORTIE' then 'exited'
        end as accompaniment_status,
        case exit_type
            when 'EMPLOI' then 'job'
            when 'FORMATION' then 'training'
            when 'AUTRE' then 'other'
        end as exit_type,
        cast(exit_date as date) as exit_date,
        ---------- provenance
        cast(vintage as integer) as vintage,
        source_sha256,
        run_id
    from source
),

latest_export as (
    select * from renamed
    qualify row_number() over (
        partition by department_code, person_id, year, quarter
        order by vintage desc, source_sha256 desc
    ) = 1
)

select * from latest_export
