-- name: Qualité de vie au travail — absentéisme et rotation
-- description: Taux d'absentéisme (jours d'absence / (ETP réels × 365)), taux de rotation et taux de postes vacants par métier, d'après l'enquête RH employeurs, pour un territoire et une année.
-- display: bar
-- variable: territory text "Territoire (code)" 01
-- variable: year number "Année" 2024
select
    m.label_fr as metier,
    round(100 * max(v.value) filter (where v.indicator = 'absenteeism_rate'), 1) as absenteisme_pct,
    round(100 * max(v.value) filter (where v.indicator = 'turnover_rate'), 1) as rotation_pct,
    round(100 * max(v.value) filter (where v.indicator = 'vacancy_rate'), 1) as vacance_pct,
    max(v.unit_count) filter (where v.indicator = 'absenteeism_rate') as etablissements
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator in ('absenteeism_rate', 'turnover_rate', 'vacancy_rate')
    and v.territory = {{territory}}
    and v.period = cast({{year}} as varchar)
group by m.label_fr
order by absenteisme_pct desc nulls last, m.label_fr
