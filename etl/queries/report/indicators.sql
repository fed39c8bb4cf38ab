-- The indicator catalogue, for the methodology.
select indicator, family, label_fr, definition, formula, unit, direction, disclosure_rule,
       coalesce(caveats, '') as caveats, coalesce(methodology, '') as methodology,
       catalogue_status, coalesce(planned_reason, '') as planned_reason,
       coalesce(period_convention, '') as period_convention
from pub.indicators
order by family, indicator
