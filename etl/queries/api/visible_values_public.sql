-- The indicator values an anonymous caller sees: the disclosure-controlled publication as it is (no join; the
-- analyst variant is visible_values.sql, with the same columns).
select
    v.indicator,
    v.metier,
    v.territory,
    v.territory_level,
    v.period,
    v.value,
    v.status,
    v.disclosure_reason,
    v.numerator,
    v.denominator,
    v.unit,
    v.unit_kind,
    v.coverage,
    v.covered_territories,
    v.imputed_share,
    v.source_files_sha256, v.ingest_runs,
    false as unmasked
from pub.indicator_values as v
