-- Every indicator of the catalogue, in catalogue order of code.
select indicator, family, label_fr, label_en, definition, formula, unit, direction, sources,
       disclosure_rule, caveats, catalogue_status = 'computed' as computed, period_convention
from pub.indicators
order by indicator
