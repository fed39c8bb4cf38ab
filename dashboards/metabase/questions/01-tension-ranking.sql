-- name: Tensions de recrutement — classement des métiers d'un département
-- description: Métiers (groupes BMO) classés par indice de tension composite pour un département et une année, avec le niveau et le recours au territoire parent sous les seuils de volume.
-- display: table
-- variable: territory text "Département (code)" 01
-- variable: year number "Année" 2024
select
    m.label_fr as metier,
    t.level as niveau,
    t.label as tension,
    round(t."index", 2) as indice,
    t.status as statut,
    t.fallback_territory_level as repli_niveau,
    round(t.fallback_index, 2) as repli_indice,
    t.fallback_level as repli_niveau_tension
from pub.tension as t
join pub.metiers as m using (metier)
where t.territory_level = 'DEP'
    and t.territory = {{territory}}
    and t.period = cast({{year}} as varchar)
order by t."index" desc nulls last, t.fallback_index desc nulls last, m.label_fr
