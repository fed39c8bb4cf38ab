-- The years of the published tension index, oldest first.
select distinct period
from pub.tension
order by period
