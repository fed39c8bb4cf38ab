-- The dashboard's bootstrap (stands in for question 09): edition, regions, métiers with their members, indicators,
-- the years of the tension index and of absenteeism, and the first department row of the tension index.
select run_id, strftime(built_at, '%Y-%m-%dT%H:%M:%S') as built_at, reference_year
from build_info
limit 1;

select territory, label
from pub.territories
where territory_level = 'REG'
order by territory;

select
    m.metier, m.label_fr, m.short_label_fr, m.is_group, m.sector,
    (
        select list({'code': x.metier, 'label': x.label_fr, 'short_label': x.short_label_fr} order by x.metier)
        from pub.metiers as x
        where m.is_group and list_contains(string_split(m.member_codes, ','), x.metier)
    ) as members
from pub.metiers as m
order by m.is_group, m.metier;

select indicator, label_fr, unit, direction, family
from pub.indicators
order by indicator;

select distinct period
from pub.indicator_values
where indicator = 'tension_index'
order by period desc;

select distinct period
from pub.indicator_values
where indicator = 'absenteeism_rate'
order by period desc;

select v.metier, v.territory, t.parent_territory
from pub.indicator_values as v
join pub.territories as t using (territory_level, territory)
where v.indicator = 'tension_index' and v.territory_level = 'DEP'
order by v.indicator, v.metier, v.territory_level, v.territory, v.period
limit 1
