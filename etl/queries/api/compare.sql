-- One indicator × métier × period for a department, its region, France and every department of the region.
select
    indicator, metier, territory, territory_level, period, value, status, disclosure_reason,
    numerator, denominator, unit, unit_kind, source_files_sha256, ingest_runs, unmasked,
    coverage, covered_territories, imputed_share, 0 as total_count
from visible
where indicator = $indicator and metier = $metier and period = $period
  and (
      (territory_level = 'DEP' and territory in (
          select territory from pub.territories where territory_level = 'DEP' and parent_territory = $region))
      or (territory_level = 'REG' and territory = $region)
      or territory_level = 'NAT'
  )
