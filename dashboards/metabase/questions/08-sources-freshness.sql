-- name: Fraîcheur des sources
-- description: Pour chaque source : dernier millésime chargé, date du dernier chargement, âge en jours, fichiers et lignes dans l'entrepôt publié.
-- display: table
select
    source,
    max(vintage) as dernier_millesime,
    count(distinct vintage) as millesimes,
    count(distinct file_sha256) as fichiers,
    sum(lake_rows) as lignes,
    max(loaded_at) as dernier_chargement,
    date_diff('day', max(loaded_at), current_timestamp::timestamp) as age_jours
from pub.sources
group by source
order by source
