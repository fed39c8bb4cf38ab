-- name: Plateforme — personnes accompagnées et sorties positives
-- description: Personnes accompagnées par la plateforme et taux de sorties positives (emploi ou formation) par métier et par année, pour un territoire.
-- display: bar
-- variable: territory text "Territoire (code)" 01
select
    v.period as annee,
    m.label_fr as metier,
    max(v.value) filter (where v.indicator = 'people_accompanied') as accompagnes,
    round(100 * max(v.value) filter (where v.indicator = 'positive_exit_rate'), 1) as sorties_positives_pct
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator in ('people_accompanied', 'positive_exit_rate')
    and v.territory = {{territory}}
group by v.period, m.label_fr
order by v.period desc, accompagnes desc nulls last, m.label_fr
