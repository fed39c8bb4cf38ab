with

indicators as (
    select * from ref_indicators
),

final as (
    select
        indicator_code as indicator,
        family,
        label_fr,
        label_en,
        definition,
        formula,
        measures,
        unit,
        direction,
        grain,
        period_convention,
        sources,
        disclosure_rule,
        caveats,
        methodology,
        catalogue_status,
        planned_reason
    from indicators
)

select * from final
