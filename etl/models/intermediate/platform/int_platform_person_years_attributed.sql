-- Persons accompanied by the platforms, counted once per year. Every quarter row of a person-year gets
-- that person-year's métier (the last quarter's: one métier per person and year) and exit (the year's last
-- exit: a person exits at most once a year), and exactly one of them (the last quarter) is the row that
-- counts the person. Counting those rows keeps every total additive: a person-year belongs to one
-- department and one métier. The other quarter rows stay for provenance (files and runs of every value).
with

quarters as (
    select * from stg_plateforme_parcours__quarters
),

person_years as (
    select
        department_code,
        person_id,
        year,
        arg_max(metier_code, quarter) as year_metier_code,
        count(distinct metier_code) as metier_count,
        arg_max(exit_type, quarter) filter (where exit_type is not null) as year_exit_type,
        count(exit_type) as exit_count,
        max(quarter) as last_quarter,
        count(*) as quarters_accompanied
    from quarters
    group by department_code, person_id, year
),

attributed as (
    select
        q.department_code,
        q.platform,
        q.person_id,
        q.year,
        q.quarter,
        p.year_metier_code as metier_code,
        p.year_exit_type as exit_type,
        q.quarter = p.last_quarter as counts_person,
        p.quarters_accompanied,
        p.metier_count,
        p.exit_count,
        q.source_sha256,
        q.run_id
    from quarters as q
    inner join person_years as p
        using (department_code, person_id, year)
)

select * from attributed
