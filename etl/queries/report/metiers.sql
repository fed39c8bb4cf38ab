-- Métiers and métier groups, with the priority flags and whether the department has data for the year.
select
    m.metier,
    m.label_fr,
    m.short_label_fr,
    m.is_group,
    m.member_codes,
    m.is_priority_01,
    m.is_priority_40,
    exists (
        select 1 from pub.indicator_values as v
        where v.metier = m.metier and v.territory_level = 'DEP' and v.territory = $territory
          and v.period = $year and v.value is not null
    ) as has_data
from pub.metiers as m
order by m.is_group, strip_accents(lower(m.label_fr)), m.metier
