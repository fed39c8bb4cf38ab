-- Periods with at least one value row, newest first; $indicator = '' means every indicator.
select distinct period
from pub.indicator_values
where $indicator = '' or indicator = $indicator
order by period desc
