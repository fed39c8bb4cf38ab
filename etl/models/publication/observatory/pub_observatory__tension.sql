-- The published tension index: the index, its level and its components only where disclosure control
-- shows them (int_indicator_values_disclosure_checked: the index row and each component's row at the
-- same cell), so a hidden index never travels with components that determine it. Beside it, the official
-- DARES / France Travail level of the same métier group, territory and year (fct_tension_official): the
-- publisher's own published value, computed by DARES from national data, shown whatever our index's status.
with

tension as (
    select * from fct_tension
),

components as (
    select * from fct_tension_components
),

checked as (
    select * from int_indicator_values_disclosure_checked
),

territories as (
    select * from dim_territory
),

official as (
    select * from fct_tension_official
),

shown_components as (
    select
        c.metier_code,
        c.territory_level,
        c.territory_code,
        cast(c.year as varchar) as period_code,
        list({
            indicator_code: c.indicator_code,
            role: c.component_role,
            value: case when v.hidden_reason is null then c.value end,
            z_score: case when v.hidden_reason is null then c.z_score end,
            level: case when v.hidden_reason is null then c.level end
        } order by c.component_role desc, c.indicator_code) as components
    from components as c
    left join checked as v
        on v.indicator_code = c.indicator_code
        and v.metier_code = c.metier_code
        and v.territory_level = c.territory_level
        and v.territory_code = c.territory_code
        and v.period_code = cast(c.year as varchar)
    group by all
),

indexed as (
    select
        t.metier_code,
        t.territory_level,
        t.territory_code,
        t.period_code,
        i.hidden_reason,
        case when i.hidden_reason is null then t.tension_index end as tension_index,
        case when i.hidden_reason is null then t.tension_level end as tension_level,
        case when i.hidden_reason is null then t.tension_label end as tension_label,
        case
            when i.hidden_reason is null then i.status
            when i.hidden_reason = 'source' then i.status
            else 'secret'
        end as status,
        i.coverage,
        i.covered_territories,
        t.reference_first_year,
        t.reference_last_year
    from tension as t
    inner join checked as i
        on i.indicator_code = 'tension_index'
        and i.metier_code = t.metier_code
        and i.territory_level = t.territory_level
        and i.territory_code = t.territory_code
        and i.period_code = t.period_code
),

final as (
    select
        c.metier_code as metier,
        c.territory_code as territory,
        c.territory_level,
        c.period_code as period,
        c.tension_index as "index",
        c.tension_level as level,
        c.tension_label as label,
        c.status,
        c.hidden_reason as disclosure_reason,
        c.coverage,
        c.covered_territories,
        s.components,
        c.reference_first_year,
        c.reference_last_year,
        case when c.hidden_reason is not null and parent.tension_index is not null then parent.territory_level end
            as fallback_territory_level,
        case when c.hidden_reason is not null and parent.tension_index is not null then parent.territory_code end
            as fallback_territory,
        case when c.hidden_reason is not null then parent.tension_index end as fallback_index,
        case when c.hidden_reason is not null then parent.tension_level end as fallback_level,
        o.official_level,
        o.official_label,
        o.official_status
    from indexed as c
    left join shown_components as s
        using (metier_code, territory_level, territory_code, period_code)
    left join territories as t
        on t.territory_level = c.territory_level
        and t.territory_code = c.territory_code
    left join indexed as parent
        -- a partial parent (a region over part of its departments) is not the territory's index: no fallback to it
        on parent.status <> 'partial'
        and parent.metier_code = c.metier_code
        and parent.period_code = c.period_code
        and parent.territory_level = t.parent_level
        and parent.territory_code = t.parent_code
    left join official as o
        on o.metier_code = c.metier_code
        and o.territory_level = c.territory_level
        and o.territory_code = c.territory_code
        and o.period_code = c.period_code
)

select * from final
