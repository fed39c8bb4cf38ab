-- Every indicator value of the edition: the families' values, plus the composite index at the tension
-- grain. Provenance (source, file hashes, ingest runs) travels with each row; disclosure control is
-- applied later, in the publication layer.
with

family_values as (
    select * from int_indicator_values_unioned
),

tension as (
    select * from fct_tension
),

indicators as (
    select * from ref_indicators
),

derived as (
    select
        'tension_index' as indicator_code,
        metier_code,
        territory_level,
        territory_code,
        period_code,
        tension_index as value,
        status,
        null::double as numerator,
        null::double as denominator,
        null as numerator_status,
        null as denominator_status,
        null as unit_kind,
        null::bigint as unit_count,
        null::double as max_unit_share,
        'bmo,ft_offres,ft_demandeurs' as source_id,
        null as source_sha256,
        null as run_id
    from tension
),

unioned as (
    select * from family_values
    union all by name
    select * from derived
),

final as (
    select
        u.indicator_code,
        u.metier_code,
        u.territory_level,
        u.territory_code,
        u.period_code,
        u.value,
        u.status,
        u.numerator,
        u.denominator,
        u.numerator_status,
        u.denominator_status,
        u.unit_kind,
        u.unit_count,
        u.max_unit_share,
        i.disclosure_rule,
        i.unit,
        u.source_id,
        u.source_sha256,
        u.run_id
    from unioned as u
    inner join indicators as i
        using (indicator_code)
)

select * from final
