-- The volumes behind the composite tension index, at the grain of the BMO métier group (FAP 2009 up to
-- 2023, FAP 2021 from 2024). ROME-based volumes and survey measures are regrouped by their member
-- métiers into that FAP group; a ROME group whose métiers fall in several FAP groups is left out
-- rather than split.
with

bmo as (
    select * from int_bmo_projects_rolled_up
),

market as (
    select * from int_market_volumes_rolled_up
),

survey as (
    select * from int_survey_measures_rolled_up
    where indicator_code in ('employment', 'vacancy_rate', 'absenteeism_rate')
),

fap_groups as (
    select * from int_fap_groups_of_metiers
),

market_members as (
    select
        m.*,
        fg.fap_group_code
    from market as m
    inner join fap_groups as fg
        on fg.fap_version = case when m.year <= 2023 then '2009' else '2021' end
        and list_contains(string_split(m.metier_code, '+'), fg.member_metier_code)
),

market_single_group as (
    select metier_code, territory_level, territory_code, year, any_value(fap_group_code) as fap_group_code
    from market_members
    group by metier_code, territory_level, territory_code, year
    having count(distinct fap_group_code) = 1
),

market_regrouped as (
    select
        g.fap_group_code as metier_code,
        m.territory_level,
        m.territory_code,
        m.year,
        case when max(status_rank(m.offers_status)) < 4 then sum(m.offers_count) end as offers_count,
        case when max(status_rank(m.entries_a_status)) < 4 then sum(m.entries_a_count) end as entries_a_count,
        case when max(status_rank(m.job_seekers_a_status)) < 4 then sum(m.job_seekers_a_count) end as job_seekers_a_count
    from market as m
    inner join market_single_group as g
        using (metier_code, territory_level, territory_code, year)
    group by g.fap_group_code, m.territory_level, m.territory_code, m.year
),

survey_regrouped as (
    select
        fg.fap_group_code as metier_code,
        s.territory_level,
        s.territory_code,
        s.year,
        (sum(s.numerator::decimal(38, 6)) filter (where s.indicator_code = 'employment'))::double as employment_count,
        (sum(s.numerator::decimal(38, 6)) filter (where s.indicator_code = 'vacancy_rate'))::double
            / nullif((sum(s.denominator::decimal(38, 6)) filter (where s.indicator_code = 'vacancy_rate'))::double, 0) as vacancy_rate,
        (sum(s.numerator::decimal(38, 6)) filter (where s.indicator_code = 'absenteeism_rate'))::double
            / nullif((sum(s.denominator::decimal(38, 6)) filter (where s.indicator_code = 'absenteeism_rate'))::double, 0) as absenteeism_rate
    from survey as s
    inner join fap_groups as fg
        on fg.fap_version = case when s.year <= 2023 then '2009' else '2021' end
        and fg.member_metier_code = s.metier_code
    group by fg.fap_group_code, s.territory_level, s.territory_code, s.year
),

final as (
    select
        b.metier_code,
        b.territory_level,
        b.territory_code,
        b.year,
        b.projects_count,
        b.difficult_projects_count,
        m.offers_count,
        m.entries_a_count,
        m.job_seekers_a_count,
        s.employment_count,
        s.vacancy_rate,
        s.absenteeism_rate,
        b.source_sha256,
        b.run_id
    from bmo as b
    left join market_regrouped as m
        using (metier_code, territory_level, territory_code, year)
    left join survey_regrouped as s
        using (metier_code, territory_level, territory_code, year)
)

select * from final
