-- name: Sortie de formation — diplômés et taux de réussite
-- description: Entrants, inscrits et diplômés des formations menant aux métiers, et taux de réussite (diplômés / présentés), par année pour une région (données DREES régionales).
-- display: table
-- variable: region text "Région (code) ou FR" 84
select
    v.period as annee,
    m.label_fr as metier,
    max(v.value) filter (where v.indicator = 'training_entrants') as entrants,
    max(v.value) filter (where v.indicator = 'training_enrolled') as inscrits,
    max(v.value) filter (where v.indicator = 'training_graduates') as diplomes,
    round(100 * max(v.value) filter (where v.indicator = 'graduation_rate'), 1) as taux_reussite_pct
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator in ('training_entrants', 'training_enrolled', 'training_graduates', 'graduation_rate')
    and v.territory = {{region}}
group by v.period, m.label_fr
order by v.period desc, m.label_fr
