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

-- Two-way tables (a region's departments × métiers with its métier totals and its departments' totals over
-- métiers, the same one level up): combining rows and columns, a reader gets every unknown cell that is on no
-- cycle of unknown cells, even when each row and column holds two. So every cell a reader does not know must
-- be a corner of a rectangle of cells they do not know; else the smallest shown cell that closes one is hidden.
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

    knowledge as (
        select * from int_disclosure_analyst_knowledge
    ),

    grid as (
        -- a cell with a column (the territory family above it) and a row (its territory's all-métier family)
        select
            col.cell_id,
            col.family_id as column_id,
            row_family.family_id as row_id,
            col.quantity || '|' || col.period_code || '|' || head.territory_level || '|' || head.territory_code as table_id,
            col.hidden_reason is not null or not col.is_known as is_unknown,
            col.amount,
            col.territory_code,
            col.metier_code,
            col.pass
        from members as col
        inner join members as row_family
            on row_family.cell_id = col.cell_id
            and row_family.family_kind = 'all'
            and row_family.role = 'child'
        inner join members as head
            on head.family_id = col.family_id
            and head.role = 'parent'
        where col.family_kind = 'territory' and col.role = 'child'
    ),

    readers as (
        -- the anonymous reader of every table with an unknown cell, and every analyst who knows a cell of it
        select distinct table_id, '' as department_code from grid where is_unknown
        union
        select distinct g.table_id, k.department_code
        from grid as g
        inner join knowledge as k
            using (cell_id)
    ),

    unknown_cells as (
        select r.department_code, g.*
        from readers as r
        inner join grid as g
            using (table_id)
        anti join knowledge as k
            on k.cell_id = g.cell_id
            and k.department_code = r.department_code
        where g.is_unknown
    ),

    corners as (
        -- the fourth corner w of each rectangle through x whose corners on x's row (y) and column (z) are unknown too
        select
            x.department_code,
            x.cell_id as x_id,
            w.cell_id as w_id,
            w.is_unknown and k.cell_id is null as w_unknown,
            not w.is_unknown as w_shown,
            w.amount,
            w.territory_code,
            w.metier_code,
            coalesce(greatest(x.pass, y.pass, z.pass), 0) + 1 as pass
        from unknown_cells as x
        inner join unknown_cells as y
            on y.department_code = x.department_code
            and y.row_id = x.row_id
            and y.column_id <> x.column_id
        inner join unknown_cells as z
            on z.department_code = x.department_code
            and z.column_id = x.column_id
            and z.row_id <> x.row_id
        inner join grid as w
            on w.row_id = z.row_id
            and w.column_id = y.column_id
        left join knowledge as k
            on k.cell_id = w.cell_id
            and k.department_code = x.department_code
    ),

    choices as (
        select
            arg_min(w_id, (amount, territory_code, metier_code)) filter (where w_shown) as cell_id,
            max(pass) as pass
        from corners
        group by department_code, x_id
        having not bool_or(w_unknown)
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
