-- Each component standardised against the reference panel's distribution (fct_tension_reference), oriented so that a
-- higher z-score means more tension, and classed into the five levels at the panel's quantiles of that z-score.
with

components as (
    select * from int_tension_components_unpivoted
),

reference as (
    select * from fct_tension_reference
),

indicators as (
    select * from ref_indicators
),

scored as (
    select
        c.*,
        r.threshold_1_2,
        r.threshold_2_3,
        r.threshold_3_4,
        r.threshold_4_5,
        case when i.direction = 'down' then -1 else 1 end
            * (c.value - r.reference_mean) / nullif(r.reference_stddev, 0) as z_score
    from components as c
    inner join indicators as i
        using (indicator_code)
    left join reference as r
        using (indicator_code)
),

final as (
    select
        s.metier_code,
        s.territory_level,
        s.territory_code,
        s.year,
        s.indicator_code,
        s.component_role,
        s.weight,
        s.value,
        s.z_score,
        case
            when s.z_score is null or s.threshold_1_2 is null then null
            when s.z_score < s.threshold_1_2 then 1
            when s.z_score < s.threshold_2_3 then 2
            when s.z_score < s.threshold_3_4 then 3
            when s.z_score < s.threshold_4_5 then 4
            else 5
        end as level,
        s.passes_volume
    from scored as s
)

select * from final
