-- One pass of secondary suppression over every family (parent = Σ children). For a reader, a family's
-- unknowns are its hidden cells and its cells without a value, less what that reader knows: nothing for
-- an anonymous reader; for a department's analyst, what int_disclosure_analyst_knowledge lists: their
-- department's hidden cells (they see them unmasked, except source masks; first statement) and what they
-- can derive (last statement). A family must leave no reader
--   * exactly one unknown that is hidden: they get it by difference;
--   * hidden children that are all 0 under a shown parent: counts are never negative, so nothing left
--     for them means each is 0 (for an analyst, once their own departments inside hidden regions are
--     taken away).
-- The first (not needed for the 'leaves' families, France = all departments, whose regions already
-- answer for it) hides the family's smallest shown child too ('secondary'), or its parent when no child is
-- shown; the second, its smallest shown child that is not 0, or its parent. When a family has no shown
-- cell left and a reader still has one unknown, that reader now knows it (last statement).
-- Repeated until a pass changes nothing (ModelRunner, materialization: iterated).
-- what each department's analyst sees unmasked: their department's hidden cells (source masks excepted)
insert into int_disclosure_analyst_knowledge
select cell_id, territory_code
from int_disclosure_quantities_suppressed
where territory_level = 'DEP' and hidden_reason is not null and hidden_reason <> 'source'
    and (cell_id, territory_code) not in (select (cell_id, department_code) from int_disclosure_analyst_knowledge);

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

    families as (
        select
            family_id,
            any_value(family_kind) as family_kind,
            arg_min(cell_id, (amount, territory_code, metier_code))
                filter (where role = 'child' and hidden_reason is null and is_known) as smallest_child,
            arg_min(cell_id, (amount, territory_code, metier_code))
                filter (where role = 'child' and hidden_reason is null and is_known and amount <> 0) as smallest_nonzero_child,
            any_value(cell_id) filter (where role = 'parent' and hidden_reason is null and is_known) as shown_parent,
            coalesce(max(pass), 0) + 1 as pass
        from members
        group by family_id
    ),

    knowledge as (
        select * from int_disclosure_analyst_knowledge
    ),

    unknown_members as (
        select * from members
        where hidden_reason is not null or not is_known
    ),

    known_parts as (
        -- what an analyst knows inside a hidden region: their own departments' cells under it
        select parent.cell_id, k.department_code, sum(abs(child.amount)) as known_amount
        from members as child
        inner join knowledge as k
            on k.cell_id = child.cell_id
        inner join members as parent
            on parent.family_id = child.family_id
            and parent.role = 'parent'
        where child.role = 'child' and child.family_kind = 'territory'
        group by parent.cell_id, k.department_code
    ),

    readers as (
        -- the anonymous reader ('') of every family with an unknown, and every analyst who knows one of them or
        -- a part of one
        select distinct family_id, '' as department_code from unknown_members
        union
        select distinct m.family_id, k.department_code
        from unknown_members as m
        inner join knowledge as k
            using (cell_id)
        union
        select distinct m.family_id, p.department_code
        from unknown_members as m
        inner join known_parts as p
            using (cell_id)
    ),

    per_reader as (
        select
            r.family_id,
            count(*) filter (where k.cell_id is null) as unknowns,
            count(*) filter (where k.cell_id is null and m.hidden_reason is not null) as hidden,
            count(*) filter (where k.cell_id is null and m.role = 'child' and m.hidden_reason is not null) as hidden_children,
            -- nothing left to share out among the unknown children, once the parts the reader knows inside them
            -- are taken away
            coalesce(sum(greatest(abs(m.amount) - coalesce(p.known_amount, 0), 0))
                filter (where k.cell_id is null and m.role = 'child'), 0) = 0 as children_zero
        from readers as r
        inner join unknown_members as m
            using (family_id)
        left join knowledge as k
            on k.cell_id = m.cell_id
            and k.department_code = r.department_code
        left join known_parts as p
            on p.cell_id = m.cell_id
            and p.department_code = r.department_code
        group by r.family_id, r.department_code
    ),

    choices as (
        select coalesce(f.smallest_child, f.shown_parent) as cell_id, f.pass
        from per_reader as p
        inner join families as f
            using (family_id)
        where p.unknowns = 1 and p.hidden = 1 and f.family_kind <> 'leaves'
        union all
        select coalesce(f.smallest_nonzero_child, f.shown_parent) as cell_id, f.pass
        from per_reader as p
        inner join families as f
            using (family_id)
        where f.shown_parent is not null and p.hidden_children > 0 and p.children_zero
    )

    select cell_id, max(pass) as pass
    from choices
    where cell_id is not null
    group by cell_id
) as chosen
where c.cell_id = chosen.cell_id
    and c.hidden_reason is null;

insert into int_disclosure_analyst_knowledge
with

members as (
    select f.family_id, f.role, q.*
    from int_disclosure_families_listed as f
    inner join int_disclosure_quantities_suppressed as q
        using (cell_id)
),

closed_families as (
    -- families with no shown cell left: suppression can do nothing more there
    select family_id
    from members
    group by family_id
    having count(*) filter (where hidden_reason is null and is_known) = 0
),

knowledge as (
    select * from int_disclosure_analyst_knowledge
),

analysts as (
    select distinct m.family_id, k.department_code
    from members as m
    inner join closed_families using (family_id)
    inner join knowledge as k
        using (cell_id)
),

remaining as (
    select
        a.family_id,
        a.department_code,
        count(*) filter (where k.cell_id is null) as unknowns,
        any_value(m.cell_id) filter (where k.cell_id is null) as cell_id
    from analysts as a
    inner join members as m
        using (family_id)
    left join knowledge as k
        on k.cell_id = m.cell_id
        and k.department_code = a.department_code
    group by a.family_id, a.department_code
)

select distinct cell_id, department_code
from remaining
where unknowns = 1
    and (cell_id, department_code) not in (select (cell_id, department_code) from int_disclosure_analyst_knowledge)
