with

years as (
    select unnest(range(2015, 2031)) as year
),

quarters as (
    select unnest(range(1, 5)) as quarter
),

unioned as (
    select
        cast(year as varchar) as period_code,
        'YEAR' as period_type,
        make_date(year::integer, 1, 1) as start_date,
        make_date(year::integer, 12, 31) as end_date,
        year::integer as year
    from years
    union all
    select
        cast(year as varchar) || 'T' || cast(quarter as varchar),
        'QUARTER',
        make_date(year::integer, (quarter::integer - 1) * 3 + 1, 1),
        last_day(make_date(year::integer, quarter::integer * 3, 1)),
        year::integer
    from years
    cross join quarters
),

final as (
    select * from unioned
)

select * from final
