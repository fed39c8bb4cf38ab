-- name: Difficultés de recrutement — évolution par métier
-- description: Part des projets de recrutement jugés difficiles (BMO) par année, pour chaque métier d'un territoire ; les valeurs masquées restent vides, jamais 0.
-- display: line
-- variable: territory text "Territoire (code : département, région ou FR)" 01
select
    v.period as annee,
    m.label_fr as metier,
    round(100 * v.value, 1) as taux_difficulte_pct,
    v.numerator as projets_difficiles,
    v.denominator as projets,
    v.status as statut
from pub.indicator_values as v
join pub.metiers as m using (metier)
where v.indicator = 'recruitment_difficulty_rate'
    and v.territory = {{territory}}
order by v.period, m.label_fr
