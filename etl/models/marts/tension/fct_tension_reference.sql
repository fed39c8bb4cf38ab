-- The reference distribution of the tension index, from the all-métier panel of France (int_tension_reference_panel):
-- for each principal component, its mean and standard deviation over the panel's cells passing the volume check, and
-- the quantiles (catalogue level_quantiles: quintiles) of its oriented z-score; for the index itself ('tension_index'),
-- the quantiles of the weighted mean of the components' z-scores over the panel cells that have every computed
-- component. Stored with the edition: every year and territory is standardised and classed against the same panel.
with

panel as (
    select * from int_tension_reference_panel
    where passes_volume
        and value is not null
),

components as (
    select * from ref_tension_components
),

indicators as (
    select * from ref_indicators
),

parameters as (
    select * from ref_tension_parameters
),

-- Mean and standard deviation from exact decimal sums: a parallel sum of doubles depends on the order
-- the threads add in, and the reference must be the same to the bit for the same lake.
moments as (
    select
        indicator_code,
        count(*) as cell_count,
        count(distinct fap_code) as metier_count,
        (sum(value::decimal(38, 18)) / count(*))::double as reference_mean
    from panel
    group by indicator_code
),

spread as (
    select
        m.indicator_code,
        case when m.cell_count > 1 then
            sqrt((sum(((p.value - m.reference_mean) ^ 2)::decimal(38, 18)) / (m.cell_count - 1))::double)
        end as reference_stddev
    from moments as m
    inner join panel as p
        using (indicator_code)
    group by m.indicator_code, m.cell_count
),

scored as (
    select
        p.fap_code,
        p.year,
        p.indicator_code,
        c.component_role,
        c.weight,
        case when i.direction = 'down' then -1 else 1 end
            * (p.value - m.reference_mean) / nullif(s.reference_stddev, 0) as z_score
    from panel as p
    inner join moments as m
        using (indicator_code)
    inner join spread as s
        using (indicator_code)
    inner join indicators as i
        using (indicator_code)
    inner join components as c
        using (indicator_code)
),

principal as (
    select count(*) as computed_count
    from components as c
    inner join indicators as i
        using (indicator_code)
    where c.component_role = 'principal'
        and i.catalogue_status = 'computed'
),

index_cells as (
    select
        s.fap_code,
        s.year,
        (sum((s.weight * s.z_score)::decimal(38, 18)) / sum(s.weight::decimal(38, 18)))::double as z_score
    from scored as s
    cross join principal as pc
    where s.component_role = 'principal'
    group by s.fap_code, s.year, pc.computed_count
    having count(s.z_score) = pc.computed_count
),

component_rows as (
    select
        m.indicator_code,
        m.cell_count,
        m.metier_count,
        m.reference_mean,
        s.reference_stddev,
        list_transform(p.level_quantiles, q -> sorted_quantile(z.sorted, q)) as level_cuts
    from moments as m
    inner join spread as s
        using (indicator_code)
    inner join (
        select indicator_code, list_sort(list(z_score)) as sorted
        from scored
        where z_score is not null
        group by indicator_code
    ) as z
        using (indicator_code)
    cross join parameters as p
),

index_row as (
    select
        'tension_index' as indicator_code,
        count(*) as cell_count,
        count(distinct fap_code) as metier_count,
        (sum(z_score::decimal(38, 18)) / count(*))::double as reference_mean,
        sqrt(((sum((z_score ^ 2)::decimal(38, 18)) - sum(z_score::decimal(38, 18)) ^ 2 / count(*)) / (count(*) - 1))::double)
            as reference_stddev,
        list_sort(list(z_score)) as sorted
    from index_cells
),

final as (
    select
        r.indicator_code,
        p.reference_first_year,
        p.reference_last_year,
        r.cell_count,
        r.metier_count,
        1 as territory_count,
        r.reference_mean,
        r.reference_stddev,
        r.level_cuts[1] as threshold_1_2,
        r.level_cuts[2] as threshold_2_3,
        r.level_cuts[3] as threshold_3_4,
        r.level_cuts[4] as threshold_4_5
    from (
        select * from component_rows
        union all by name
        select i.* exclude (sorted), list_transform(p.level_quantiles, q -> sorted_quantile(i.sorted, q)) as level_cuts
        from index_row as i
        cross join parameters as p
    ) as r
    cross join parameters as p
    where r.cell_count > 0
)

select * from final
