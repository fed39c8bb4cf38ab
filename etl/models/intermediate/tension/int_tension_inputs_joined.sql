-- The volumes behind the composite tension index, at the grain of the BMO métier group (FAP 2009 up to
-- 2023, FAP 2021 from 2024). ROME-based volumes are regrouped by their member métiers into that FAP
-- group (the sum over the ROME métiers whose members all fall in it); a ROME group whose métiers fall
-- in several FAP groups is left out rather than split. The métier's employment is DARES's « Emploi moyen » of
-- the FAP code (its tension file, every territory level): a complete estimate, the denominator DARES uses for
-- hiring intensity and available labour. The employer survey does not enter: its respondents are not the
-- métier's employment (the local view stays beside the index, not in it).
with

bmo as (
    select * from int_bmo_projects_rolled_up
),

market as (
    select * from int_market_volumes_rolled_up
),

fap_groups as (
    select * from int_fap_groups_of_metiers
),

employment as (
    select
        g.metier_code,
        d.territory_level,
        d.territory_code,
        d.year,
        d.employment,
        d.source_sha256 as employment_sha256,
        d.run_id as employment_run_id
    from stg_dares_tensions__levels as d
    inner join int_metier_groups_derived as g
        on g.code_system = 'fap'
        and g.code_version = d.fap_version
        and g.source_code = d.fap_code
    where is_usable(d.employment_status)
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
        case when is_usable_rank(max(status_rank(m.offers_status))) then sum(m.offers_count) end as offers_count,
        rank_status(max(status_rank(m.offers_status))) as offers_status,
        case when is_usable_rank(max(status_rank(m.entries_a_status))) then sum(m.entries_a_count) end as entries_a_count,
        rank_status(max(status_rank(m.entries_a_status))) as entries_a_status,
        case when is_usable_rank(max(status_rank(m.job_seekers_a_status))) then sum(m.job_seekers_a_count) end as job_seekers_a_count,
        rank_status(max(status_rank(m.job_seekers_a_status))) as job_seekers_a_status,
        case when is_usable_rank(max(status_rank(m.outflow_status))) then sum(m.exits_abc_count) end as exits_abc_count,
        case when is_usable_rank(max(status_rank(m.outflow_status))) then sum(m.abc_start_plus_entries_count) end
            as abc_start_plus_entries_count,
        rank_status(max(status_rank(m.outflow_status))) as outflow_status,
        merge_ids(string_agg(distinct m.offers_sha256, ','), string_agg(distinct m.entries_sha256, ',')) as market_source_sha256,
        merge_ids(string_agg(distinct m.offers_run_id, ','), string_agg(distinct m.entries_run_id, ',')) as market_run_id,
        merge_ids(string_agg(distinct m.offers_sha256, ','), null) as offers_source_sha256,
        merge_ids(string_agg(distinct m.offers_run_id, ','), null) as offers_source_run_id,
        merge_ids(string_agg(distinct m.entries_sha256, ','), null) as seekers_source_sha256,
        merge_ids(string_agg(distinct m.entries_run_id, ','), null) as seekers_run_id
    from market as m
    inner join market_single_group as g
        using (metier_code, territory_level, territory_code, year)
    group by g.fap_group_code, m.territory_level, m.territory_code, m.year
),

final as (
    select
        b.metier_code,
        b.territory_level,
        b.territory_code,
        b.year,
        b.projects_count,
        b.projects_status,
        b.difficult_projects_count,
        m.offers_count,
        m.offers_status,
        m.entries_a_count,
        m.entries_a_status,
        m.job_seekers_a_count,
        m.job_seekers_a_status,
        m.exits_abc_count,
        m.abc_start_plus_entries_count,
        m.outflow_status,
        m.market_source_sha256,
        m.market_run_id,
        m.offers_source_sha256,
        m.offers_source_run_id,
        m.seekers_source_sha256,
        m.seekers_run_id,
        e.employment,
        e.employment_sha256,
        e.employment_run_id,
        b.source_sha256,
        b.run_id
    from bmo as b
    left join market_regrouped as m
        using (metier_code, territory_level, territory_code, year)
    left join employment as e
        using (metier_code, territory_level, territory_code, year)
)

select * from final
