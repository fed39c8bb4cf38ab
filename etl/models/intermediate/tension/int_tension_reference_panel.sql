-- The tension index's reference panel (DARES method, DATA-SOURCES §4.3): every FAP code of France × each year of the
-- catalogue's reference period, from the national files only, so that no department's level depends on which
-- departments are loaded (a year whose BMO does not cover every department stays out: the index is then missing, not
-- standardised on part of France). BMO: every bassin × code of France counted once (masked cells imputed as in the métier
-- totals). France Travail: its France rows (NAT / FR), every ROME code, brought to FAP through DARES's ROME → FAP
-- passage; a ROME code leading to n FAP codes counts 1/n in each (the files loaded carry no finer key: the shares
-- cancel in a FAP's ratios when its codes are shared alike). Sums are exact decimals: a parallel sum of doubles depends on
-- the order the threads add in, and the panel must be the same to the bit for the same lake. Employment: DARES's « Emploi moyen » of the FAP for France
-- (its tension file's national sheet). One row per FAP × year × component (the principal ones, and hiring intensity
-- and available labour), with the volume check of the cell (at least min_volume projects, offers and job seekers cat. A).
with

bmo as (
    select * from int_bmo_projects_imputed
),

offers as (
    select * from stg_ft_offres__france_offers
    where offer_origin = 'TOFF'
),

seekers as (
    select * from stg_ft_demandeurs__france_job_seekers
),

passage as (
    select
        rome_code,
        rome_version,
        fap_code,
        fap_version,
        1.0 / count(*) over (partition by rome_code, rome_version, fap_version) as share
    from ref_xw_rome_fap
),

parameters as (
    select * from ref_tension_parameters
),

employment as (
    select fap_code, fap_version, year, employment
    from stg_dares_tensions__levels
    where territory_level = 'NAT'
        and is_usable(employment_status)
),

-- A year enters the panel only when BMO covers every department: a sum over the departments loaded is not France's.
complete_years as (
    select c.year
    from int_source_departments_covered as c
    where c.source_id = 'bmo'
    group by c.year
    having count(distinct c.department_code) = (select count(*) from ref_departments)
),

bmo_france as (
    select
        fap_code,
        year,
        any_value(fap_version) as fap_version,
        sum(projects_count::decimal(38, 6))::double as projects_count,
        sum(difficult_projects_count::decimal(38, 6))::double as difficult_projects_count,
        max(greatest(status_rank(projects_status), status_rank(difficult_projects_status))) as bmo_rank
    from (
        select distinct on (year, bassin_code, fap_code) *
        from bmo
        order by year, bassin_code, fap_code, department_code
    )
    group by fap_code, year
),

seekers_quarters as (
    select
        rome_version,
        rome_code,
        quarter_code,
        year,
        any_value(entries_count) filter (where candidate_category = 'A') as entries_a,
        any_value(job_seekers_count) filter (where candidate_category = 'A') as stock_a,
        any_value(entries_count) filter (where candidate_category = 'ABC') as entries_abc,
        any_value(exits_count) filter (where candidate_category = 'ABC') as exits_abc,
        any_value(job_seekers_count) filter (where candidate_category = 'ABC') as stock_abc
    from seekers
    group by all
),

market_rome as (
    select
        coalesce(o.rome_version, s.rome_version) as rome_version,
        coalesce(o.rome_code, s.rome_code) as rome_code,
        coalesce(o.year, s.year) as year,
        sum(o.offers_count) as offers,
        sum(s.entries_a) as entries_a,
        sum(s.stock_a) / count(s.stock_a) as stock_a,
        sum(s.exits_abc) as exits_abc,
        sum(year_start_stock(s.quarter_code, s.stock_abc, s.entries_abc, s.exits_abc)) + sum(s.entries_abc) as abc_start_plus_entries,
        count(distinct coalesce(o.quarter_code, s.quarter_code)) as quarter_count
    from offers as o
    full outer join seekers_quarters as s
        on s.rome_code = o.rome_code
        and s.rome_version = o.rome_version
        and s.quarter_code = o.quarter_code
    group by all
),

market_fap as (
    select
        p.fap_code,
        p.fap_version,
        m.year,
        sum((m.offers * p.share)::decimal(38, 18))::double as offers,
        sum((m.entries_a * p.share)::decimal(38, 18))::double as entries_a,
        sum((m.stock_a * p.share)::decimal(38, 18))::double as stock_a,
        sum((m.exits_abc * p.share)::decimal(38, 18))::double as exits_abc,
        sum((m.abc_start_plus_entries * p.share)::decimal(38, 18))::double as abc_start_plus_entries,
        min(m.quarter_count) as quarter_count
    from market_rome as m
    inner join passage as p
        on p.rome_code = m.rome_code
        and p.rome_version = m.rome_version
    group by all
),

cells as (
    select
        b.fap_code,
        b.fap_version,
        b.year,
        case when is_usable_rank(b.bmo_rank) then b.difficult_projects_count / nullif(b.projects_count, 0) end
            as recruitment_difficulty_rate,
        m.offers / nullif(m.entries_a, 0) as tension_ratio,
        m.exits_abc / nullif(m.abc_start_plus_entries, 0) as outflow_rate,
        case when is_usable_rank(b.bmo_rank) then (m.offers + b.projects_count) / nullif(e.employment, 0) end as hiring_intensity,
        m.stock_a / nullif(e.employment, 0) as available_labour,
        coalesce(b.projects_count >= p.min_volume and m.offers >= p.min_volume and m.stock_a >= p.min_volume
            and m.quarter_count = 4, false) as passes_volume
    from bmo_france as b
    cross join parameters as p
    left join market_fap as m
        on m.fap_code = b.fap_code
        and m.fap_version = b.fap_version
        and m.year = b.year
    left join employment as e
        on e.fap_code = b.fap_code
        and e.fap_version = b.fap_version
        and e.year = b.year
    where b.year between p.reference_first_year and p.reference_last_year
        and b.year in (select year from complete_years)
),

final as (
    select
        fap_code,
        fap_version,
        year,
        passes_volume,
        unnest([
            {indicator_code: 'recruitment_difficulty_rate', value: recruitment_difficulty_rate},
            {indicator_code: 'tension_ratio', value: tension_ratio},
            {indicator_code: 'outflow_rate', value: outflow_rate},
            {indicator_code: 'hiring_intensity', value: hiring_intensity},
            {indicator_code: 'available_labour', value: available_labour}
        ], recursive := true)
    from cells
)

select * from final
