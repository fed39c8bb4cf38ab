-- The departments each source covers, per year: a department is covered when the source's files hold rows
-- for it that year. DREES publishes by region: a region it holds covers every department of that region.
-- A region or France value is complete only where all its sources cover all its departments
-- (int_territory_coverage).
with

departments as (
    select code as department_code, region_code from ref_departments
),

by_department as (
    select distinct 'bmo' as source_id, year, department_code from stg_bmo__projects
    union all
    select distinct 'ft_offres', year, department_code from stg_ft_offres__offers
    union all
    select distinct 'ft_demandeurs', year, department_code from stg_ft_demandeurs__job_seekers
    union all
    select distinct 'enquete_rh', year, department_code from stg_enquete_rh__responses
    union all
    select distinct 'plateforme_parcours', year, department_code from stg_plateforme_parcours__quarters
    union all
    select distinct 'plateforme_activite', year, department_code from stg_plateforme_activite__contacts
    union all
    -- DARES's tension file: the departments of its departmental sheet (the employment behind hiring intensity)
    select distinct 'dares_tensions', year, territory_code from stg_dares_tensions__levels where territory_level = 'DEP'
),

by_region as (
    select distinct 'drees_ecoles_sociales' as source_id, year, region_code from stg_drees_ecoles_sociales__diplomas
    union all
    select distinct 'drees_formations_sante', year, region_code from stg_drees_formations_sante__diplomas
),

final as (
    select source_id, year, department_code from by_department
    union all
    select r.source_id, r.year, d.department_code
    from by_region as r
    inner join departments as d
        using (region_code)
)

select * from final
