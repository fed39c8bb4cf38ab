-- What disclosure control cost this edition: per indicator, how many cells are shown and how many are
-- hidden by each reason, and their share of the indicator's cells (the information loss the
-- methodology reports).
with

checked as (
    select * from int_indicator_values_disclosure_checked
),

counted as (
    select
        indicator_code,
        coalesce(hidden_reason, 'shown') as outcome,
        count(*) as cells
    from checked
    group by all
),

final as (
    select
        indicator_code as indicator,
        outcome,
        cells,
        cells / sum(cells) over (partition by indicator_code) as share
    from counted
)

select * from final
