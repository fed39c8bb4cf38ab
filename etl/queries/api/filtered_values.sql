-- The visible values that pass an observation filter (the observations page and the exports). Lists are
-- comma-joined ('' = no filter).
select *
from visible
where ($indicators = '' or list_contains(string_split($indicators, ','), indicator))
  and ($metiers = '' or list_contains(string_split($metiers, ','), metier))
  and ($territories = '' or list_contains(string_split($territories, ','), territory))
  and ($level = '' or territory_level = $level)
  and ($from = '' or period >= $from)
  and ($to = '' or period <= $to)
  and ($statuses = '' or list_contains(string_split($statuses, ','), status))
