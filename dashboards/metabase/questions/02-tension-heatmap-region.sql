-- name: Tensions de recrutement — carte de chaleur métiers × départements d'une région
-- description: Niveau de tension (1 très faible … 5 très forte) de chaque métier dans chaque département d'une région, pour une année ; à afficher en tableau croisé (lignes métiers, colonnes départements).
-- display: pivot
-- variable: region text "Région (code)" 84
-- variable: year number "Année" 2024
select
    m.label_fr as metier,
    d.label as departement,
    coalesce(t.level, t.fallback_level) as niveau,
    case when t.level is null and t.fallback_level is not null then 'repli ' || t.fallback_territory_level else t.status end as statut
from pub.tension as t
join pub.metiers as m using (metier)
join pub.territories as d
    on d.territory_level = 'DEP' and d.territory = t.territory
where t.territory_level = 'DEP'
    and d.region_code = {{region}}
    and t.period = cast({{year}} as varchar)
order by m.label_fr, d.label
