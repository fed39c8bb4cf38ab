-- People accompanied and exits per métier and year: each person once a year (the rows of
-- int_platform_person_years_attributed that count the person), at department level, then summed to region
-- and France. Sums of person counts, so every total is the sum of its parts: region = its departments,
-- France = its regions, all métiers = the sum of the métiers. Person-level data carries no mask: status ok.
with

person_quarters as (
    select * from int_platform_person_years_attributed
),

departments as (
    select code as department_code, region_code from ref_departments
),

located as (
    select
        q.*,
        d.region_code
    from person_quarters as q
    inner join departments as d
        on d.department_code = q.department_code
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
        count(*) filter (where counts_person) as people_accompanied_count,
        count(*) filter (where counts_person and exit_type = 'job') as exits_to_job_count,
        count(*) filter (where counts_person and exit_type = 'training') as exits_to_training_count,
        string_agg(distinct source_sha256, ',' order by source_sha256) as source_sha256,
        string_agg(distinct run_id, ',' order by run_id) as run_id
    from located
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
        people_accompanied_count,
        'ok' as people_accompanied_status,
        exits_to_job_count,
        'ok' as exits_to_job_status,
        exits_to_training_count,
        'ok' as exits_to_training_status,
        source_sha256,
        run_id
    from aggregated
)

select * from final
