-- DREES training surveys (social schools, health schools) per diploma, mapped to the métier (or
-- métier group) the diploma leads to, at region and national level.
with

social as (
    select * from stg_drees_ecoles_sociales__diplomas
),

health as (
    select * from stg_drees_formations_sante__diplomas
),

groups as (
    select * from int_metier_groups_derived
    where code_system = 'diploma'
),

diplomas as (
    select * from social
    union all by name
    select * from health
),

operands as (
    select
        d.year,
        g.metier_code,
        d.region_code,
        d.diploma_code,
        d.source_id,
        d.source_sha256,
        d.run_id,
        unnest([
            {indicator_code: 'training_entrants', numerator: d.entrants_count::double, denominator: null::double, status_rank: status_rank(d.entrants_status)},
            {indicator_code: 'training_enrolled', numerator: d.enrolled_count::double, denominator: null::double, status_rank: status_rank(d.enrolled_status)},
            {indicator_code: 'training_graduates', numerator: d.graduates_count::double, denominator: null::double, status_rank: status_rank(d.graduates_status)},
            {indicator_code: 'graduation_rate', numerator: d.graduates_count::double, denominator: d.presented_count::double,
                status_rank: greatest(status_rank(d.graduates_status), status_rank(d.presented_status))}
        ], recursive := true)
    from diplomas as d
    inner join groups as g
        on g.source_code = d.diploma_code
),

aggregated as (
    select
        indicator_code,
        metier_code,
        case when grouping(region_code) = 0 then 'REG' else 'NAT' end as territory_level,
        coalesce(region_code, 'FR') as territory_code,
        year,
        sum(numerator) as numerator_sum,
        sum(denominator) as denominator_sum,
        max(status_rank) as worst_rank,
        string_agg(distinct source_id, ',' order by source_id) as source_id,
        string_agg(distinct source_sha256, ',' order by source_sha256) as source_sha256,
        string_agg(distinct run_id, ',' order by run_id) as run_id
    from operands
    group by grouping sets (
        (indicator_code, metier_code, year, region_code),
        (indicator_code, metier_code, year)
    )
),

final as (
    select
        indicator_code,
        metier_code,
        territory_level,
        territory_code,
        year,
        case when is_usable_rank(worst_rank) then numerator_sum end as numerator,
        case when is_usable_rank(worst_rank) then denominator_sum end as denominator,
        rank_status(worst_rank) as status,
        source_id,
        source_sha256,
        run_id
    from aggregated
)

select * from final
