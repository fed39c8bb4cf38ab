-- What a department's analyst can work out beyond the publication, besides their own department's cells
-- (which they see unmasked): hidden cells that are the only unknown left, for them, in a family that has
-- no shown cell to hide any more (a region whose only loaded department is theirs, say). Starts empty;
-- the step of int_disclosure_quantities_suppressed adds to it.
select
    cell_id,
    territory_code as department_code
from int_disclosure_quantity_cells
where false
