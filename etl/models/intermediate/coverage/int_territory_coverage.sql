-- How complete a region or France value is: for each list of sources a value is built from (as the values
-- carry it, e.g. 'ft_offres,ft_demandeurs') and each year, the departments of the territory that every one
-- of those sources covers (int_source_departments_covered), out of all the territory's departments
-- (ref_departments). A value with coverage below 1 is published with status 'partial' (fct_indicator_values).
with

covered as (
    select * from int_source_departments_covered
),

departments as (
    select code as department_code, region_code from ref_departments
),

source_lists as (
    select distinct source_id as source_list from int_indicator_values_unioned
    union
    select replace(sources, ' ', '') from ref_indicators
    where indicator_code = 'tension_index'
),

listed_sources as (
    select source_list, unnest(string_split(source_list, ',')) as source_id
    from source_lists
),

years as (
    select distinct year from covered
),

territory_departments as (
    select 'REG' as territory_level, region_code as territory_code, department_code from departments
    union all
    select 'NAT', 'FR', department_code from departments
),

department_covered as (
    -- a department counts when every source of the list covers it that year
    select
        l.source_list,
        t.territory_level,
        t.territory_code,
        y.year,
        t.department_code,
        count(c.department_code) = count(*) as all_sources_cover
    from listed_sources as l
    cross join years as y
    cross join territory_departments as t
    left join covered as c
        on c.source_id = l.source_id
        and c.year = y.year
        and c.department_code = t.department_code
    group by all
),

final as (
    select
        source_list,
        territory_level,
        territory_code,
        year,
        count(*) filter (where all_sources_cover) as covered_territories,
        count(*) as territory_departments,
        count(*) filter (where all_sources_cover) / count(*) as coverage
    from department_covered
    group by all
)

select * from final
