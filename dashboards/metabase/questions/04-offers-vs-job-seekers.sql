-- name: Offres d'emploi et demandeurs d'emploi par métier
-- description: Offres enregistrées sur l'année, demandeurs d'emploi de catégorie A en fin d'année et ratio de tension (offres / entrées en catégorie A) par métier, pour un territoire et une année.
-- display: bar
-- variable: territory text "Territoire (code)" 01
-- variable: year number "Année" 2024
select
    m.label_fr as metier,
    max(v.value) filter (where v.indicator = 'job_offers') as offres,
    max(v.value) filter (where v.indicator = 'job_seekers_a') as demandeurs_cat_a,
    round(max(v.value) filter (where v.indicator = 'tension_ratio'), 2) as ratio_tension
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator in ('job_offers', 'job_seekers_a', 'tension_ratio')
    and v.territory = {{territory}}
    and v.period = cast({{year}} as varchar)
group by m.label_fr
order by offres desc nulls last, m.label_fr
