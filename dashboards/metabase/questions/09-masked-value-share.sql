-- name: Secret statistique — part des valeurs masquées
-- description: Par indicateur, part des cellules publiées sans valeur, et le motif (masque de la source, fréquence, dominance, opérandes d'un ratio, secret secondaire), pour un niveau territorial.
-- display: table
-- variable: level text "Niveau (DEP, REG ou NAT)" DEP
select
    i.label_fr as indicateur,
    count(*) as cellules,
    count(*) filter (where v.value is null) as masquees,
    round(100.0 * count(*) filter (where v.value is null) / count(*), 1) as part_masquee_pct,
    count(*) filter (where v.disclosure_reason = 'source') as motif_source,
    count(*) filter (where v.disclosure_reason = 'frequency') as motif_frequence,
    count(*) filter (where v.disclosure_reason = 'dominance') as motif_dominance,
    count(*) filter (where v.disclosure_reason = 'ratio_operands') as motif_ratio,
    count(*) filter (where v.disclosure_reason = 'secondary') as motif_secondaire
from pub.indicator_values as v
join pub.indicators as i using (indicator)
where v.territory_level = {{level}}
group by i.label_fr
order by part_masquee_pct desc, i.label_fr
