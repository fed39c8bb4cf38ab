-- Contacts of the platforms' information actions (« Personnes sensibilisées »): contacts, not distinct
-- persons, so they add up over quarters. Persons accompanied come from plateforme_parcours.
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
        people_informed as contacts_count,
        measure_status(people_informed, people_informed_status) as contacts_status,
        ---------- provenance
        cast(vintage as integer) as vintage,
        source_sha256,
        run_id
    from source
)

select * from renamed
