-- The visible values that pass an observation filter (the observations page and the exports). The WHERE marker below is
-- replaced in code (FilterSql.cs) by the conditions of the filters that are set, each reading its parameter
-- ($indicators, $metiers, $territories and $statuses comma-joined; $level, $from, $to), or by `true`.
select *
from visible
where /*WHERE*/
