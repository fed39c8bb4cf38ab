-- Platform activity per métier, summed over the quarters of the year and to region and France.
with

activity as (
    select * from stg_plateforme_activite__activity
),

departments as (
    select code as department_code, region_code from ref_departments
),

yearly as (
    select
        a.metier_code,
        a.department_code,
        d.region_code,
        a.year,
        a.people_accompanied_count,
        status_rank(a.people_accompanied_status) as accompanied_rank,
        a.exits_to_job_count,
        status_rank(a.exits_to_job_status) as exits_to_job_rank,
        a.exits_to_training_count,
        status_rank(a.exits_to_training_status) as exits_to_training_rank,
        a.source_sha256,
        a.run_id
    from activity as a
    inner join departments as d
        on d.department_code = a.department_code
),

aggregated as (
    select
        metier_code,
        case
            when grouping(department_code) = 0 then 'DEP'
            when grouping(region_code) = 0 then 'REG'
            else 'NAT'
        end as territory_level,
        coalesce(department_code, region_code, 'FR') as territory_code,
        year,
        sum(people_accompanied_count) as accompanied_sum,
        max(accompanied_rank) as accompanied_rank,
        sum(exits_to_job_count) as exits_to_job_sum,
        max(exits_to_job_rank) as exits_to_job_rank,
        sum(exits_to_training_count) as exits_to_training_sum,
        max(exits_to_training_rank) as exits_to_training_rank,
        string_agg(distinct source_sha256, ',' order by source_sha256) as source_sha256,
        string_agg(distinct run_id, ',' order by run_id) as run_id
    from yearly
    group by grouping sets (
        (metier_code, year, department_code, region_code),
        (metier_code, year, region_code),
        (metier_code, year)
    )
),

final as (
    select
        metier_code,
        territory_level,
        territory_code,
        year,
        case when is_usable_rank(accompanied_rank) then accompanied_sum end as people_accompanied_count,
        rank_status(accompanied_rank) as people_accompanied_status,
        case when is_usable_rank(exits_to_job_rank) then exits_to_job_sum end as exits_to_job_count,
        rank_status(exits_to_job_rank) as exits_to_job_status,
        case when is_usable_rank(exits_to_training_rank) then exits_to_training_sum end as exits_to_training_count,
        rank_status(exits_to_training_rank) as exits_to_training_status,
        source_sha256,
        run_id
    from aggregated
)

select * from final
