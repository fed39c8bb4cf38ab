-- Every indicator value of the edition: the families' values, plus the composite index at the tension
-- grain. Provenance (source, file hashes, ingest runs) travels with each row; disclosure control is
-- applied later, in the publication layer. A region or France value knows the share of its departments
-- its sources cover (int_territory_coverage); below 1 its status is 'partial': it is the sum of the
-- departments loaded, not the territory's total.
with

family_values as (
    select * from int_indicator_values_unioned
),

tension as (
    select * from fct_tension
),

tension_inputs as (
    select * from int_tension_inputs_joined
),

indicators as (
    select * from ref_indicators
),

bmo as (
    select * from int_bmo_projects_rolled_up
),

coverage as (
    select * from int_territory_coverage
),

periods as (
    select period_code, year from dim_period
),

imputed_shares as (
    -- the share of a BMO value that comes from imputed (publisher-masked) bassin cells: of the count, or of
    -- whichever operand of a ratio has the larger share
    select
        metier_code,
        territory_level,
        territory_code,
        cast(year as varchar) as period_code,
        unnest([
            {indicator_code: 'recruitment_projects', share: projects_imputed / nullif(projects_count, 0)},
            {indicator_code: 'recruitment_difficulty_rate', share: greatest(
                difficult_imputed / nullif(difficult_projects_count, 0), projects_imputed / nullif(projects_count, 0))},
            {indicator_code: 'seasonal_share', share: greatest(
                seasonal_imputed / nullif(seasonal_projects_count, 0), projects_imputed / nullif(projects_count, 0))}
        ], recursive := true)
    from bmo
),

principal_statuses as (
    -- the worst status of an index cell's principal components: an index over an imputed or provisional component
    -- is itself imputed or provisional
    select
        v.metier_code,
        v.territory_level,
        v.territory_code,
        v.period_code,
        max(status_rank(v.status)) as worst_rank
    from family_values as v
    inner join ref_tension_components as c
        on c.indicator_code = v.indicator_code
        and c.component_role = 'principal'
    group by all
),

derived as (
    select
        'tension_index' as indicator_code,
        t.metier_code,
        t.territory_level,
        t.territory_code,
        t.period_code,
        t.tension_index as value,
        case
            when t.status = 'ok' and is_usable_rank(ps.worst_rank) then rank_status(ps.worst_rank)
            else t.status
        end as status,
        null::double as numerator,
        null::double as denominator,
        null as numerator_status,
        null as denominator_status,
        null as unit_kind,
        null::bigint as unit_count,
        null::double as max_unit_share,
        replace(i_ref.sources, ' ', '') as source_id,
        merge_ids(i.source_sha256, i.market_source_sha256) as source_sha256,
        merge_ids(i.run_id, i.market_run_id) as run_id
    from tension as t
    cross join (select sources from indicators where indicator_code = 'tension_index') as i_ref
    inner join tension_inputs as i
        on i.metier_code = t.metier_code
        and i.territory_level = t.territory_level
        and i.territory_code = t.territory_code
        and cast(i.year as varchar) = t.period_code
    left join principal_statuses as ps
        on ps.metier_code = t.metier_code
        and ps.territory_level = t.territory_level
        and ps.territory_code = t.territory_code
        and ps.period_code = t.period_code
),

unioned as (
    select * from family_values
    union all by name
    select * from derived
),

final as (
    select
        u.indicator_code,
        u.metier_code,
        u.territory_level,
        u.territory_code,
        u.period_code,
        u.value,
        case
            when is_usable(u.status) and c.coverage < 1 then 'partial'
            else u.status
        end as status,
        u.numerator,
        u.denominator,
        u.numerator_status,
        u.denominator_status,
        u.unit_kind,
        u.unit_count,
        u.max_unit_share,
        case when s.share > 0 then s.share::double end as imputed_share,
        case when u.territory_level = 'DEP' then 1.0 else coalesce(c.coverage, 0) end::double as coverage,
        case when u.territory_level = 'DEP' then 1 else coalesce(c.covered_territories, 0) end::integer as covered_territories,
        i.disclosure_rule,
        i.unit,
        u.source_id,
        u.source_sha256,
        u.run_id
    from unioned as u
    inner join indicators as i
        using (indicator_code)
    left join imputed_shares as s
        using (indicator_code, metier_code, territory_level, territory_code, period_code)
    left join periods as p
        on p.period_code = u.period_code
    left join coverage as c
        on c.source_list = u.source_id
        and c.territory_level = u.territory_level
        and c.territory_code = u.territory_code
        and c.year = p.year
)

select * from final
