-- BMO projects mapped to the métier group of their FAP code, summed to department, region and France.
-- A bassin spanning two departments is repeated per department in the file: the department level
-- sums the department's rows, the region and France count each bassin × code once. Masked cells enter
-- imputed (int_bmo_projects_imputed), so the totals above them exist with status 'imputed'; any other
-- unusable input makes the aggregate unusable (worst status wins), never a partial sum.
with

projects as (
    select * from int_bmo_projects_imputed
),

groups as (
    select * from int_metier_groups_derived
    where code_system = 'fap'
),

imputed as (
    select
        projects.*,
        groups.metier_code
    from projects
    inner join groups
        on groups.code_version = projects.fap_version
        and groups.source_code = projects.fap_code
),

distinct_bassins as (
    select distinct on (year, bassin_code, fap_code) *
    from imputed
    order by year, bassin_code, fap_code, department_code
),

by_territory as (
    select 'DEP' as territory_level, department_code as territory_code, * exclude (department_code, region_code)
    from imputed
    union all
    select 'REG', region_code, * exclude (department_code, region_code)
    from distinct_bassins
    union all
    select 'NAT', 'FR', * exclude (department_code, region_code)
    from distinct_bassins
),

aggregated as (
    select
        metier_code,
        territory_level,
        territory_code,
        year,
        any_value(fap_version) as fap_version,
        sum(projects_count) as projects_sum,
        max(status_rank(projects_status)) as projects_rank,
        sum(difficult_projects_count) as difficult_sum,
        max(status_rank(difficult_projects_status)) as difficult_rank,
        sum(seasonal_projects_count) as seasonal_sum,
        max(status_rank(seasonal_projects_status)) as seasonal_rank,
        sum(projects_imputed) as projects_imputed,
        sum(difficult_imputed) as difficult_imputed,
        sum(seasonal_imputed) as seasonal_imputed,
        string_agg(distinct source_sha256, ',' order by source_sha256) as source_sha256,
        string_agg(distinct run_id, ',' order by run_id) as run_id
    from by_territory
    group by metier_code, territory_level, territory_code, year
),

final as (
    select
        metier_code,
        territory_level,
        territory_code,
        year,
        fap_version,
        case when is_usable_rank(projects_rank) then projects_sum end as projects_count,
        rank_status(projects_rank) as projects_status,
        case when is_usable_rank(difficult_rank) then difficult_sum end as difficult_projects_count,
        rank_status(difficult_rank) as difficult_projects_status,
        case when is_usable_rank(seasonal_rank) then seasonal_sum end as seasonal_projects_count,
        rank_status(seasonal_rank) as seasonal_projects_status,
        case when is_usable_rank(projects_rank) then projects_imputed end as projects_imputed,
        case when is_usable_rank(difficult_rank) then difficult_imputed end as difficult_imputed,
        case when is_usable_rank(seasonal_rank) then seasonal_imputed end as seasonal_imputed,
        source_sha256,
        run_id
    from aggregated
)

select * from final
