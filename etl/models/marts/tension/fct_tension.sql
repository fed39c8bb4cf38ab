-- The composite tension index: the weighted mean of the principal components' z-scores (all of them
-- required: a cell without one is 'missing'), classed into five levels at the reference panel's quantiles of the
-- index (fct_tension_reference, row 'tension_index'). A cell
-- below the volume thresholds gets status 'secret' and no index, with an explicit fallback to the parent
-- territory's index.
with

components as (
    select * from fct_tension_components
),

parameters as (
    select * from ref_tension_parameters
),

cuts as (
    select * from fct_tension_reference
    where indicator_code = 'tension_index'
),

territories as (
    select * from dim_territory
),

cells as (
    select
        metier_code,
        territory_level,
        territory_code,
        year,
        -- exact decimal sums: the same lake gives the same index to the bit, whatever order the threads add in
        (sum((weight * z_score)::decimal(38, 18)) filter (where component_role = 'principal')
            / sum(weight::decimal(38, 18)) filter (where component_role = 'principal'))::double as raw_index,
        count(z_score) filter (where component_role = 'principal') as scored_count,
        count(*) filter (where component_role = 'principal') as component_count,
        bool_and(passes_volume) as passes_volume,
        list({indicator_code: indicator_code, role: component_role, value: value, z_score: z_score, level: level}
            order by component_role desc, indicator_code) as components
    from components
    group by metier_code, territory_level, territory_code, year
),

statused as (
    select
        *,
        case
            when scored_count < component_count or not exists (select 1 from cuts) then 'missing'
            when not passes_volume then 'secret'
            else 'ok'
        end as status
    from cells
),

leveled as (
    select
        s.metier_code,
        s.territory_level,
        s.territory_code,
        cast(s.year as varchar) as period_code,
        case when s.status = 'ok' then s.raw_index end as tension_index,
        case
            when s.status <> 'ok' then null
            when s.raw_index < r.threshold_1_2 then 1
            when s.raw_index < r.threshold_2_3 then 2
            when s.raw_index < r.threshold_3_4 then 3
            when s.raw_index < r.threshold_4_5 then 4
            else 5
        end as tension_level,
        s.status,
        s.components,
        p.reference_first_year,
        p.reference_last_year
    from statused as s
    cross join parameters as p
    left join cuts as r
        on true
),

labelled as (
    select
        l.*,
        case l.tension_level
            when 1 then p.level_1_label
            when 2 then p.level_2_label
            when 3 then p.level_3_label
            when 4 then p.level_4_label
            when 5 then p.level_5_label
        end as tension_label
    from leveled as l
    cross join parameters as p
),

final as (
    select
        c.*,
        parent.territory_level as fallback_territory_level,
        parent.territory_code as fallback_territory_code,
        parent.tension_index as fallback_index,
        parent.tension_level as fallback_level
    from labelled as c
    left join territories as t
        on t.territory_level = c.territory_level
        and t.territory_code = c.territory_code
    left join labelled as parent
        on c.status = 'secret'
        and parent.status = 'ok'
        and parent.metier_code = c.metier_code
        and parent.period_code = c.period_code
        and parent.territory_level = t.parent_level
        and parent.territory_code = t.parent_code
)

select * from final
