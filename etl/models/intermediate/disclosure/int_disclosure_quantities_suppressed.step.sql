-- One pass of secondary suppression over every family (parent = Σ children). A family's unknowns are
-- its hidden cells plus the cells with no value. It must not leave a hidden cell computable:
--   * one unknown, and it is hidden: an anonymous reader gets it by difference;
--   * two unknowns, both hidden, one of them a department an analyst sees unmasked (any primary reason
--     but source): that department's analyst gets the other by difference.
-- Either way the smallest shown child is hidden too ('secondary'), or the parent when no child is left.
-- Repeated until a pass hides nothing (ModelRunner, materialization: iterated).
update int_disclosure_quantities_suppressed as c
set hidden_reason = 'secondary', pass = chosen.pass
from (
    with

    members as (
        select f.family_id, f.family_kind, f.role, q.*
        from int_disclosure_families_listed as f
        inner join int_disclosure_quantities_suppressed as q
            using (cell_id)
    ),

    verdicts as (
        select
            family_kind,
            family_id,
            count(*) filter (where hidden_reason is not null or not is_known) as unknowns,
            count(*) filter (where hidden_reason is not null) as hidden,
            count(*) filter (where role = 'child' and territory_level = 'DEP'
                and hidden_reason is not null and hidden_reason <> 'source') as analyst_known,
            arg_min(cell_id, (amount, territory_code, metier_code))
                filter (where role = 'child' and hidden_reason is null and is_known) as smallest_child,
            any_value(cell_id) filter (where role = 'parent' and hidden_reason is null and is_known) as shown_parent,
            coalesce(max(pass), 0) + 1 as pass
        from members
        group by family_kind, family_id
    )

    select coalesce(smallest_child, shown_parent) as cell_id, max(pass) as pass
    from verdicts
    where (unknowns = 1 and hidden = 1)
        or (family_kind = 'territory' and unknowns = 2 and hidden = 2 and analyst_known >= 1)
    group by all
) as chosen
where c.cell_id = chosen.cell_id
    and c.hidden_reason is null
