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
        case when hidden_reason is null then numerator end as numerator,
        case when hidden_reason is null then denominator end as denominator,
        unit,
        case when hidden_reason is null then unit_count end as unit_count,
        unit_kind,
        source_id as sources,
        source_sha256 as source_files_sha256,
        run_id as ingest_runs
    from checked
)

select * from final
