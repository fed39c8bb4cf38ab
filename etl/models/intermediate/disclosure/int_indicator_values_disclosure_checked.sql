-- Disclosure control (INDICATORS.md, DATA-SOURCES §11):
--   1. source masks are carried: a value whose status is missing or secret stays hidden;
--   2. frequency: fewer than 3 establishments (rule 'establishments') or fewer than 5 persons (rule
--      'persons') hides the cell; dominance: one establishment above 85 % of the cell hides it;
--   3. a ratio (rule 'ratio') is shown only when its numerator and denominator are both publishable
--      (each at least 5 persons for person counts);
--   4. secondary suppression on totals and margins: when a parent territory is shown and exactly one
--      of its children is hidden, the smallest other shown child is hidden too (or, failing one, the
--      parent), so the hidden child cannot be recomputed by difference. Applied department → region,
--      then region → France.
with

facts as (
    select * from fct_indicator_values
),

territories as (
    select * from dim_territory
),

primary_checked as (
    select
        f.*,
        case
            when not is_usable(f.status) then 'source'
            when f.disclosure_rule = 'establishments' and f.unit_count < 3 then 'frequency'
            when f.disclosure_rule = 'establishments' and f.max_unit_share > 0.85 then 'dominance'
            when f.disclosure_rule = 'persons' and f.unit_count < 5 then 'frequency'
            when f.disclosure_rule = 'ratio' and (f.numerator < 5 or f.denominator < 5) then 'ratio_operands'
        end as hidden_reason,
        f.numerator_status is not null and f.denominator_status is null as is_additive,
        t.parent_level,
        t.parent_code
    from facts as f
    inner join territories as t
        using (territory_level, territory_code)
),

first_pass as (
    select * from primary_checked
),

families as (
    -- children of each shown additive parent: how many are hidden, and the smallest shown one
    select
        parent.indicator_code,
        parent.metier_code,
        parent.period_code,
        parent.territory_level as parent_level,
        parent.territory_code as parent_code,
        count(*) filter (where child.hidden_reason is not null) as hidden_children,
        arg_min(child.territory_code, (child.value, child.territory_code))
            filter (where child.hidden_reason is null) as smallest_shown_child
    from first_pass as parent
    inner join first_pass as child
        on child.indicator_code = parent.indicator_code
        and child.metier_code = parent.metier_code
        and child.period_code = parent.period_code
        and child.parent_level = parent.territory_level
        and child.parent_code = parent.territory_code
    where parent.is_additive
        and parent.hidden_reason is null
        and parent.territory_level = 'REG'
    group by all
),

department_pass as (
    select
        c.* exclude (hidden_reason),
        coalesce(
            c.hidden_reason,
            case when c.territory_level = 'DEP' and c.territory_code = f.smallest_shown_child then 'secondary' end,
            case when c.territory_level = 'REG' and own.hidden_children = 1 and own.smallest_shown_child is null then 'secondary' end
        ) as hidden_reason
    from first_pass as c
    left join families as f
        on f.hidden_children = 1
        and f.indicator_code = c.indicator_code
        and f.metier_code = c.metier_code
        and f.period_code = c.period_code
        and f.parent_level = c.parent_level
        and f.parent_code = c.parent_code
    left join families as own
        on own.indicator_code = c.indicator_code
        and own.metier_code = c.metier_code
        and own.period_code = c.period_code
        and own.parent_level = c.territory_level
        and own.parent_code = c.territory_code
),

national_families as (
    select
        parent.indicator_code,
        parent.metier_code,
        parent.period_code,
        count(*) filter (where child.hidden_reason is not null) as hidden_children,
        arg_min(child.territory_code, (child.value, child.territory_code))
            filter (where child.hidden_reason is null) as smallest_shown_child
    from department_pass as parent
    inner join department_pass as child
        on child.indicator_code = parent.indicator_code
        and child.metier_code = parent.metier_code
        and child.period_code = parent.period_code
        and child.territory_level = 'REG'
    where parent.is_additive
        and parent.hidden_reason is null
        and parent.territory_level = 'NAT'
    group by all
),

final as (
    select
        c.* exclude (hidden_reason),
        coalesce(
            c.hidden_reason,
            case when c.territory_level = 'REG' and c.territory_code = n.smallest_shown_child then 'secondary' end,
            case when c.territory_level = 'NAT' and own.hidden_children = 1 and own.smallest_shown_child is null then 'secondary' end
        ) as hidden_reason
    from department_pass as c
    left join national_families as n
        on n.hidden_children = 1
        and n.indicator_code = c.indicator_code
        and n.metier_code = c.metier_code
        and n.period_code = c.period_code
    left join national_families as own
        on own.indicator_code = c.indicator_code
        and own.metier_code = c.metier_code
        and own.period_code = c.period_code
        and c.territory_level = 'NAT'
)

select * from final
