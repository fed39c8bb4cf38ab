-- Secondary suppression, seeded with the primary decisions of int_disclosure_quantity_cells; its step
-- (int_disclosure_quantities_suppressed.step.sql) runs until no family changes. Families are in
-- int_disclosure_families_listed, read by the step.
select * from int_disclosure_quantity_cells
