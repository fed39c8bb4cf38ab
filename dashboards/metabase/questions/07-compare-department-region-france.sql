-- name: Comparaison département / région / France
-- description: Un indicateur pour un métier : le département, sa région et la France, année par année.
-- display: line
-- variable: indicator text "Indicateur (code, voir pub.indicators)" recruitment_difficulty_rate
-- variable: metier text "Métier (code, voir pub.metiers)" IDE
-- variable: territory text "Département (code)" 01
with

department as (
    select territory, region_code from pub.territories
    where territory_level = 'DEP' and territory = {{territory}}
)

select
    v.period as annee,
    case v.territory_level when 'DEP' then 'Département' when 'REG' then 'Région' else 'France' end as echelon,
    t.label as territoire,
    v.value as valeur,
    v.status as statut
from pub.indicator_values as v
join pub.territories as t using (territory_level, territory)
cross join department as d
where v.indicator = {{indicator}}
    and v.metier = {{metier}}
    and ((v.territory_level = 'DEP' and v.territory = d.territory)
        or (v.territory_level = 'REG' and v.territory = d.region_code)
        or v.territory_level = 'NAT')
order by v.period, case v.territory_level when 'DEP' then 1 when 'REG' then 2 else 3 end
