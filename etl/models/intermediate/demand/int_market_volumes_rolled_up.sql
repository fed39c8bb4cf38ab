-- Offers and job seekers by ROME code mapped to the métier (group) of the code, aligned to the calendar
-- year: offers and entries are summed over the year's quarters, job-seeker stocks are the annual average
-- of the end-of-quarter stocks (each department × code averaged over the quarters it has; an incomplete
-- year is 'provisional'). For the outflow rate: category ABC exits and entries over the year, and the ABC
-- stock at the start of the year, rebuilt from the first quarter (end stock − entries + exits). Then summed
-- to region and France (a sum of averages is the average of sums).
with

offers as (
    select * from stg_ft_offres__offers
    where offer_origin = 'TOFF'
),

seekers as (
    select * from stg_ft_demandeurs__job_seekers
),

-- Category A filtered before the full join: a one-sided condition inside a FULL JOIN's ON clause makes
-- DuckDB fall back to a nested-loop join (quadratic: 20 s of CPU on the national sample).
seekers_a as (
    select * from seekers
    where candidate_category = 'A'
),

groups as (
    select * from int_metier_groups_derived
    where code_system = 'rome'
),

departments as (
    select code as department_code, region_code from ref_departments
),

quarterly as (
    select
        coalesce(o.department_code, s.department_code) as department_code,
        coalesce(o.rome_version, s.rome_version) as rome_version,
        coalesce(o.rome_code, s.rome_code) as rome_code,
        coalesce(o.quarter_code, s.quarter_code) as quarter_code,
        coalesce(o.year, s.year) as year,
        o.offers_count,
        o.offers_status,
        s.job_seekers_count,
        s.job_seekers_status,
        s.entries_count,
        s.entries_status,
        s.candidate_category,
        o.source_sha256 as offers_sha256,
        o.run_id as offers_run_id,
        s.source_sha256 as seekers_sha256,
        s.run_id as seekers_run_id
    from offers as o
    full outer join seekers_a as s
        on s.department_code = o.department_code
        and s.rome_code = o.rome_code
        and s.quarter_code = o.quarter_code
),

seekers_abc as (
    select department_code, rome_code, quarter_code, job_seekers_count, job_seekers_status, entries_count, entries_status,
        exits_count, exits_status, source_sha256, run_id
    from seekers
    where candidate_category = 'ABC'
),

year_quarters as (
    select year, count(distinct quarter_code) as quarter_count
    from quarterly
    group by year
),

mapped as (
    select
        q.*,
        abc.job_seekers_count as job_seekers_abc_count,
        abc.job_seekers_status as job_seekers_abc_status,
        abc.entries_count as entries_abc_count,
        abc.exits_count as exits_abc_count,
        greatest(status_rank(abc.entries_status), status_rank(abc.exits_status), status_rank(abc.job_seekers_status)) as outflow_rank,
        year_start_stock(q.quarter_code, abc.job_seekers_count, abc.entries_count, abc.exits_count) as abc_start_part,
        abc.source_sha256 as seekers_abc_sha256,
        abc.run_id as seekers_abc_run_id,
        groups.metier_code,
        departments.region_code,
        lq.quarter_count
    from quarterly as q
    inner join groups
        on groups.code_version = q.rome_version
        and groups.source_code = q.rome_code
    inner join departments
        on departments.department_code = q.department_code
    inner join year_quarters as lq
        on lq.year = q.year
    left join seekers_abc as abc
        on abc.department_code = q.department_code
        and abc.rome_code = q.rome_code
        and abc.quarter_code = q.quarter_code
    where q.candidate_category = 'A' or q.candidate_category is null
),

averaged as (
    -- each quarter's share of the department × code's annual average stock
    select
        m.*,
        m.job_seekers_count / count(m.job_seekers_count) over stock_quarters as seekers_average_part,
        m.job_seekers_abc_count / count(m.job_seekers_abc_count) over stock_quarters as seekers_abc_average_part
    from mapped as m
    window stock_quarters as (partition by m.metier_code, m.department_code, m.rome_code, m.year)
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
        any_value(rome_version) as rome_version,
        sum(offers_count) as offers_sum,
        max(status_rank(offers_status)) as offers_rank,
        sum(entries_count) as entries_sum,
        max(status_rank(entries_status)) as entries_rank,
        sum(seekers_average_part) as seekers_sum,
        -- a quarter without a stock row for a code does not make the average missing: it averages the quarters present
        max(status_rank(job_seekers_status)) filter (where job_seekers_status is not null) as seekers_rank,
        sum(seekers_abc_average_part) as seekers_abc_sum,
        max(status_rank(job_seekers_abc_status)) filter (where job_seekers_abc_status is not null) as seekers_abc_rank,
        max(quarter_count) as quarter_count,
        sum(exits_abc_count) as exits_abc_sum,
        sum(entries_abc_count) as entries_abc_sum,
        sum(abc_start_part) as abc_start_sum,
        -- a department × code without an ABC row for a quarter has no exits for it: the rate is missing
        greatest(max(coalesce(outflow_rank, status_rank('missing'))), case when count(abc_start_part) = 0 then status_rank('missing') else 0 end)
            as outflow_rank,
        -- provenance: exactly the files whose rows enter each measure
        string_agg(distinct offers_sha256, ',' order by offers_sha256) filter (where offers_count is not null or offers_status is not null) as offers_sha256,
        string_agg(distinct offers_run_id, ',' order by offers_run_id) filter (where offers_count is not null or offers_status is not null) as offers_run_id,
        string_agg(distinct seekers_sha256, ',' order by seekers_sha256) as entries_sha256,
        string_agg(distinct seekers_run_id, ',' order by seekers_run_id) as entries_run_id,
        string_agg(distinct seekers_sha256, ',' order by seekers_sha256) filter (where job_seekers_status is not null) as seekers_a_sha256,
        string_agg(distinct seekers_run_id, ',' order by seekers_run_id) filter (where job_seekers_status is not null) as seekers_a_run_id,
        string_agg(distinct seekers_abc_sha256, ',' order by seekers_abc_sha256) as seekers_abc_sha256,
        string_agg(distinct seekers_abc_run_id, ',' order by seekers_abc_run_id) as seekers_abc_run_id
    from averaged
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
        rome_version,
        quarter_count,
        case when is_usable_rank(offers_rank) then offers_sum end as offers_count,
        rank_status(greatest(offers_rank, case when quarter_count < 4 then status_rank('provisional') else 0 end)) as offers_status,
        case when is_usable_rank(entries_rank) then entries_sum end as entries_a_count,
        rank_status(greatest(entries_rank, case when quarter_count < 4 then status_rank('provisional') else 0 end)) as entries_a_status,
        case when is_usable_rank(seekers_rank) then seekers_sum end as job_seekers_a_count,
        rank_status(greatest(coalesce(seekers_rank, status_rank('missing')), case when quarter_count < 4 then status_rank('provisional') else 0 end))
            as job_seekers_a_status,
        case when is_usable_rank(seekers_abc_rank) then seekers_abc_sum end as job_seekers_abc_count,
        rank_status(greatest(coalesce(seekers_abc_rank, status_rank('missing')), case when quarter_count < 4 then status_rank('provisional') else 0 end))
            as job_seekers_abc_status,
        case when is_usable_rank(outflow_rank) then exits_abc_sum end as exits_abc_count,
        case when is_usable_rank(outflow_rank) then abc_start_sum + entries_abc_sum end as abc_start_plus_entries_count,
        rank_status(greatest(outflow_rank, case when quarter_count < 4 then status_rank('provisional') else 0 end)) as outflow_status,
        offers_sha256,
        offers_run_id,
        entries_sha256,
        entries_run_id,
        seekers_a_sha256,
        seekers_a_run_id,
        seekers_abc_sha256,
        seekers_abc_run_id
    from aggregated
)

select * from final
