-- The declared components of the tension index (ref_tension_components), one row each, with the
-- volume check of the cell (Data Emploi: at least min_volume offers, projects and job seekers cat. A).
with

inputs as (
    select * from int_tension_inputs_joined
),

parameters as (
    select * from ref_tension_parameters
),

components as (
    select * from ref_tension_components
),

values_long as (
    select
        i.metier_code,
        i.territory_level,
        i.territory_code,
        i.year,
        coalesce(i.projects_count >= p.min_volume and i.offers_count >= p.min_volume
            and i.job_seekers_a_count >= p.min_volume, false) as passes_volume,
        unnest([
            {indicator_code: 'recruitment_difficulty_rate', value: i.difficult_projects_count / nullif(i.projects_count, 0)},
            {indicator_code: 'tension_ratio', value: i.offers_count / nullif(i.entries_a_count, 0)},
            {indicator_code: 'outflow_rate', value: i.exits_abc_count / nullif(i.abc_start_plus_entries_count, 0)},
            {indicator_code: 'hiring_intensity', value: (i.offers_count + i.projects_count) / nullif(i.employment, 0)},
            {indicator_code: 'available_labour', value: i.job_seekers_a_count / nullif(i.employment, 0)}
        ], recursive := true),
        i.source_sha256,
        i.run_id
    from inputs as i
    cross join parameters as p
),

final as (
    select
        v.*,
        c.component_role,
        c.weight
    from values_long as v
    inner join components as c
        using (indicator_code)
)

select * from final
