-- How many observations pass the filters, for this caller: the export's X-Total-Count and the
-- totalCount of a page past the end (no window over sorted rows, only a count).
select count(*) as total_count
from filtered
