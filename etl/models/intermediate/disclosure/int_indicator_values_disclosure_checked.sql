-- Disclosure control of every indicator value (etl/README.md, "Disclosure control"): a row is shown only
-- when every quantity it publishes (int_disclosure_quantities_suppressed) is shown; its reason is the
-- first reason among them (source, frequency, dominance, ratio_operands, composite, secondary). A value
-- the source did not give (status missing or secret) keeps the reason 'source'. numerator_hidden and
-- denominator_hidden say which operands of a hidden ratio are hidden themselves: a shown operand (the
-- denominator of a ratio hidden for its small numerator) is published, as it is in other rows.
-- The composite tension index is shown only when it passed the volume thresholds ('low_volume'
-- otherwise) and both principal components are shown at its cell: its components then determine it,
-- and nothing hidden can be recomputed from it.
with

facts as (
    select * from fct_indicator_values
),

declared as (
    select * from ref_indicator_quantities
),

quantities as (
    select * from int_disclosure_quantities_suppressed
),

principal_components as (
    -- the principal components this edition computes (a planned one, e.g. the outflow rate without its source, is
    -- not part of any index)
    select c.indicator_code
    from ref_tension_components as c
    inner join ref_indicators as i
        using (indicator_code)
    where c.component_role = 'principal' and i.catalogue_status = 'computed'
),

tension as (
    select * from fct_tension
),

quantity_reasons as (
    select
        f.indicator_code,
        f.metier_code,
        f.territory_level,
        f.territory_code,
        f.period_code,
        arg_min(q.hidden_reason, disclosure_reason_rank(q.hidden_reason))
            filter (where q.hidden_reason is not null) as quantity_reason,
        coalesce(bool_or(q.hidden_reason is not null) filter (where d.operand = 'numerator'), false) as numerator_hidden,
        coalesce(bool_or(q.hidden_reason is not null) filter (where d.operand = 'denominator'), false) as denominator_hidden
    from facts as f
    inner join declared as d
        using (indicator_code)
    inner join quantities as q
        on q.quantity = d.quantity
        and q.metier_code = case when d.all_metiers then '*' else f.metier_code end
        and q.territory_level = f.territory_level
        and q.territory_code = f.territory_code
        and q.period_code = f.period_code
    group by all
),

values_checked as (
    select
        f.*,
        case
            when not is_usable(f.status) then 'source'
            else r.quantity_reason
        end as hidden_reason,
        coalesce(r.numerator_hidden, true) as numerator_hidden,
        coalesce(r.denominator_hidden, true) as denominator_hidden
    from facts as f
    left join quantity_reasons as r
        using (indicator_code, metier_code, territory_level, territory_code, period_code)
    where f.indicator_code <> 'tension_index'
),

component_reasons as (
    select
        v.metier_code,
        v.territory_level,
        v.territory_code,
        v.period_code,
        count(*) as components_found,
        arg_min(v.hidden_reason, disclosure_reason_rank(v.hidden_reason))
            filter (where v.hidden_reason is not null) as component_reason
    from values_checked as v
    inner join principal_components as p
        using (indicator_code)
    group by all
),

index_checked as (
    select
        f.*,
        case
            when t.status = 'secret' then 'low_volume'
            when not is_usable(f.status) then 'source'
            when coalesce(c.components_found, 0) < (select count(*) from principal_components) then 'source'
            else c.component_reason
        end as hidden_reason,
        true as numerator_hidden,
        true as denominator_hidden
    from facts as f
    inner join tension as t
        using (metier_code, territory_level, territory_code, period_code)
    left join component_reasons as c
        using (metier_code, territory_level, territory_code, period_code)
    where f.indicator_code = 'tension_index'
),

final as (
    select * from values_checked
    union all
    select * from index_checked
)

select * from final
