-- The additive identities an attacker can difference: each family is one equation parent = Σ children
-- over the cells of one quantity and period, along the published hierarchies:
--   territory  a region = its departments, France = its regions (same métier);
--   leaves     France = all its departments (same métier);
--   metier     a métier group = the published métiers whose members all belong to it (same territory);
--   all        a quantity's total over métiers ('*', e.g. the denominator of exits_by_metier) = its métiers.
-- A family is listed when its parent cell exists and it has at least one child. A listed identity that
-- the data do not satisfy only makes the protection stricter.
with

cells as (
    select * from int_disclosure_quantity_cells
),

territories as (
    select * from dim_territory
),

metiers as (
    select metier_code, is_group, string_split(member_codes, ',') as members
    from dim_metier
),

territory_links as (
    select
        'territory' as family_kind,
        parent.cell_id as parent_id,
        child.cell_id as child_id
    from cells as child
    inner join territories as t
        on t.territory_level = child.territory_level
        and t.territory_code = child.territory_code
    inner join cells as parent
        on parent.quantity = child.quantity
        and parent.metier_code = child.metier_code
        and parent.period_code = child.period_code
        and parent.territory_level = t.parent_level
        and parent.territory_code = t.parent_code
),

leaf_links as (
    -- France = all its departments at once: the sum of the region families, which a reader can also form (it
    -- matters for the non-negativity rule, where hidden regions and departments combine)
    select
        'leaves' as family_kind,
        parent.cell_id as parent_id,
        child.cell_id as child_id
    from cells as parent
    inner join cells as child
        on child.quantity = parent.quantity
        and child.metier_code = parent.metier_code
        and child.period_code = parent.period_code
        and child.territory_level = 'DEP'
    where parent.territory_level = 'NAT'
),

metier_links as (
    select
        'metier' as family_kind,
        parent.cell_id as parent_id,
        child.cell_id as child_id
    from cells as parent
    inner join metiers as g
        on g.metier_code = parent.metier_code
        and g.is_group
    inner join cells as child
        on child.quantity = parent.quantity
        and child.territory_level = parent.territory_level
        and child.territory_code = parent.territory_code
        and child.period_code = parent.period_code
        and child.metier_code <> parent.metier_code
    inner join metiers as m
        on m.metier_code = child.metier_code
    where list_has_all(g.members, m.members)
),

all_metier_links as (
    select
        'all' as family_kind,
        parent.cell_id as parent_id,
        child.cell_id as child_id
    from cells as parent
    inner join cells as child
        on child.quantity = parent.quantity
        and child.territory_level = parent.territory_level
        and child.territory_code = parent.territory_code
        and child.period_code = parent.period_code
        and child.metier_code <> '*'
    where parent.metier_code = '*'
),

links as (
    select * from territory_links
    union all
    select * from leaf_links
    union all
    select * from metier_links
    union all
    select * from all_metier_links
),

-- a parent cell can head one family of each kind: the family is named by both
final as (
    select family_kind, family_kind || ':' || parent_id as family_id, parent_id as cell_id, 'parent' as role
    from (select distinct family_kind, parent_id from links)
    union all
    select family_kind, family_kind || ':' || parent_id as family_id, child_id as cell_id, 'child' as role
    from links
)

select * from final
