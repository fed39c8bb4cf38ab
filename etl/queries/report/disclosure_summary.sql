-- What disclosure control hid in the whole edition (every indicator, métier, territory and period): cells shown
-- and hidden by reason, and their share of all cells, as the build counted them.
select outcome, sum(cells) as cells, sum(cells) / (select sum(cells) from pub.disclosure_summary) as share
from pub.disclosure_summary
group by outcome
order by outcome = 'shown' desc, cells desc, outcome
