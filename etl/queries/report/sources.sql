-- Sources with their vintages, files and rows.
select source,
       string_agg(distinct vintage, ', ' order by vintage) as vintages,
       count(distinct file_sha256) as files,
       cast(sum(lake_rows) as bigint) as lake_rows,
       strftime(max(loaded_at), '%Y-%m-%d') as last_loaded
from pub.sources
group by source
order by source
