-- Métiers and métier groups.
select metier, label_fr, short_label_fr, sector, is_group, member_codes, is_priority_01, is_priority_40
from pub.metiers
order by is_group, metier
