-- The published indicator values: a hidden row (disclosure_reason) has no value; each of its operands is
-- published only where that operand's quantities are shown (int_indicator_values_disclosure_checked).
with

checked as (
    select * from int_indicator_values_disclosure_checked
),

final as (
    select
        indicator_code as indicator,
        metier_code as metier,
        territory_code as territory,
        territory_level,
        period_code as period,
        case when hidden_reason is null then value end as value,
        case
            when hidden_reason is null then status
            when hidden_reason = 'source' then status
            else 'secret'
        end as status,
        hidden_reason as disclosure_reason,
        case when not numerator_hidden then numerator end as numerator,
        case when not denominator_hidden then denominator end as denominator,
        unit,
        -- establishments: the number of respondents, not the data, is always published; persons: the count is
        -- one of the operands and is published where that operand is
        case
            when unit_kind = 'establishments' then unit_count
            when unit_count = numerator and not numerator_hidden then unit_count
            when unit_count = denominator and not denominator_hidden then unit_count
        end as unit_count,
        unit_kind,
        case when hidden_reason is null then imputed_share end as imputed_share,
        coverage,
        covered_territories,
        source_id as sources,
        source_sha256 as source_files_sha256,
        run_id as ingest_runs
    from checked
)

select * from final
