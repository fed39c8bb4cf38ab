-- The indicator values a caller may see: the disclosure-controlled publication, except that an analyst
-- ($analyst_department <> '') sees the pre-disclosure value, numerator and denominator of the rows of their own
-- department (level DEP). Status and disclosure_reason still say why the value would be masked.
-- Anonymous callers read visible_values_public.sql instead (same columns, no join).
select
    v.indicator,
    v.metier,
    v.territory,
    v.territory_level,
    v.period,
    case when c.indicator_code is not null then c.value else v.value end as value,
    v.status,
    v.disclosure_reason,
    case when c.indicator_code is not null then c.numerator else v.numerator end as numerator,
    case when c.indicator_code is not null then c.denominator else v.denominator end as denominator,
    v.unit,
    v.unit_kind,
    v.coverage,
    v.covered_territories,
    v.imputed_share,
    v.source_files_sha256, v.ingest_runs,
    c.indicator_code is not null and v.disclosure_reason is not null as unmasked
from pub.indicator_values as v
left join int_indicator_values_disclosure_checked as c
    on $analyst_department <> ''
    and v.territory_level = 'DEP'
    and v.territory = $analyst_department
    and c.territory_level = 'DEP'
    and c.territory_code = v.territory
    and c.indicator_code = v.indicator
    and c.metier_code = v.metier
    and c.period_code = v.period
