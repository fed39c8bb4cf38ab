-- One pass of secondary suppression over every family (parent = Σ children). A family's unknowns are
-- its hidden cells plus the cells with no value. It must not leave a hidden cell computable:
--   * one unknown, and it is hidden: an anonymous reader gets it by difference;
--   * two unknowns, both hidden, one of them a department an analyst sees unmasked (any primary reason
--     but source): that department's analyst gets the other by difference;
--   * a shown parent whose hidden children are all 0: the children are counts, never negative, so a
--     reader who finds nothing left for them knows each is 0; and, against an analyst who removes their
--     own department, a region whose hidden children hold fewer than two non-zero values.
-- The first two hide the smallest shown child too ('secondary'), or the parent when no child is left;
-- the third hides the smallest shown child that is not 0, or the parent.
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
            count(*) filter (where role = 'child' and hidden_reason is not null) as hidden_children,
            coalesce(sum(abs(amount)) filter (where role = 'child' and (hidden_reason is not null or not is_known)), 0) = 0
                as unknown_children_zero,
            count(*) filter (where role = 'child' and (hidden_reason is not null or not is_known) and amount <> 0)
                as nonzero_unknown_children,
            arg_min(cell_id, (amount, territory_code, metier_code))
                filter (where role = 'child' and hidden_reason is null and is_known) as smallest_child,
            arg_min(cell_id, (amount, territory_code, metier_code))
                filter (where role = 'child' and hidden_reason is null and is_known and amount <> 0) as smallest_nonzero_child,
            any_value(cell_id) filter (where role = 'parent' and hidden_reason is null and is_known) as shown_parent,
            coalesce(max(pass), 0) + 1 as pass
        from members
        group by family_kind, family_id
    ),

    choices as (
        select coalesce(smallest_child, shown_parent) as cell_id, pass
        from verdicts
        where (unknowns = 1 and hidden = 1)
            or (family_kind = 'territory' and unknowns = 2 and hidden = 2 and analyst_known >= 1)
        union all
        select coalesce(smallest_nonzero_child, shown_parent) as cell_id, pass
        from verdicts
        where shown_parent is not null and hidden_children > 0 and unknown_children_zero
        union all
        select coalesce(smallest_nonzero_child, shown_parent) as cell_id, pass
        from verdicts
        where family_kind = 'territory' and shown_parent is not null and hidden_children >= 2
            and analyst_known >= 1 and nonzero_unknown_children < 2
    )

    select cell_id, max(pass) as pass
    from choices
    group by cell_id
) as chosen
where c.cell_id = chosen.cell_id
    and c.hidden_reason is null
