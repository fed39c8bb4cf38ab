-- Employer-survey indicators per métier, summed from establishment answers to department, region and
-- France. A ratio uses only the answers where both its operands are usable; unit_count is the number
-- of establishments behind the cell and max_unit_share the largest establishment's share of the
-- numerator, which the disclosure control needs (frequency and dominance rules).
with

responses as (
    select * from stg_enquete_rh__responses
),

departments as (
    select code as department_code, region_code from ref_departments
),

operands as (
    select
        r.year,
        r.metier_code,
        r.department_code,
        d.region_code,
        r.finess_et,
        r.source_sha256,
        r.run_id,
        unnest([
            {indicator_code: 'employment', numerator: r.headcount_count::double, denominator: null::double,
                usable: is_usable(r.headcount_status)},
            {indicator_code: 'share_55_plus', numerator: r.age_55_plus_count::double, denominator: r.headcount_count::double,
                usable: is_usable(r.age_55_plus_status) and is_usable(r.headcount_status)},
            {indicator_code: 'vacancy_rate', numerator: r.fte_vacant, denominator: r.fte_real + r.fte_vacant,
                usable: is_usable(r.fte_vacant_status) and is_usable(r.fte_real_status)},
            {indicator_code: 'vacant_fte_rate', numerator: r.fte_vacant, denominator: r.fte_authorised,
                usable: is_usable(r.fte_vacant_status) and is_usable(r.fte_authorised_status)},
            {indicator_code: 'absenteeism_rate', numerator: r.absence_days, denominator: r.fte_real * 365,
                usable: is_usable(r.absence_days_status) and is_usable(r.fte_real_status)},
            {indicator_code: 'turnover_rate', numerator: (r.entries_count + r.exits_count) / 2.0, denominator: r.headcount_count::double,
                usable: is_usable(r.entries_status) and is_usable(r.exits_status) and is_usable(r.headcount_status)},
            {indicator_code: 'work_accident_frequency', numerator: r.work_accidents_count::double, denominator: r.headcount_count::double,
                usable: is_usable(r.work_accidents_status) and is_usable(r.headcount_status)}
        ], recursive := true)
    from responses as r
    inner join departments as d
        on d.department_code = r.department_code
),

usable as (
    select * from operands
    where usable
),

aggregated as (
    select
        indicator_code,
        metier_code,
        case
            when grouping(department_code) = 0 then 'DEP'
            when grouping(region_code) = 0 then 'REG'
            else 'NAT'
        end as territory_level,
        coalesce(department_code, region_code, 'FR') as territory_code,
        year,
        -- summed as decimals: exact, so the same lake always gives the same bits (a parallel sum of
        -- doubles depends on the order the threads add in)
        sum(numerator::decimal(38, 6))::double as numerator,
        sum(denominator::decimal(38, 6))::double as denominator,
        count(distinct finess_et) as unit_count,
        max(numerator) / nullif(sum(numerator::decimal(38, 6))::double, 0) as max_unit_share,
        string_agg(distinct source_sha256, ',' order by source_sha256) as source_sha256,
        string_agg(distinct run_id, ',' order by run_id) as run_id
    from usable
    group by grouping sets (
        (indicator_code, metier_code, year, department_code, region_code),
        (indicator_code, metier_code, year, region_code),
        (indicator_code, metier_code, year)
    )
),

final as (
    select
        *,
        'establishments' as unit_kind
    from aggregated
)

select * from final
