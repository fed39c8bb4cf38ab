-- Disclosure-control helpers (etl/README.md, "Disclosure control").
-- The order in which a cell's hiding reasons are reported: the first rule that hides it, primary rules
-- before the protection they cause.
create or replace macro disclosure_reason_rank(reason) as
    case reason
        when 'source' then 1
        when 'frequency' then 2
        when 'dominance' then 3
        when 'ratio_operands' then 4
        when 'low_volume' then 5
        when 'composite' then 6
        when 'secondary' then 7
    end;
