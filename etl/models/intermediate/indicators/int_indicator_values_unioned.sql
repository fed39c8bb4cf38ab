-- Every family's indicators in one shape. A ratio has a value only when its numerator and
-- denominator are both usable and the denominator is positive; its status is the worse of the two.
-- Counts keep the source's status; nothing masked becomes 0.
with

bmo as (
    select * from int_bmo_projects_rolled_up
),

market as (
    select * from int_market_volumes_rolled_up
),

survey as (
    select * from int_survey_measures_rolled_up
),

training as (
    select * from int_training_rolled_up
),

platform as (
    select * from int_platform_rolled_up
),

-- The tension ratio of a BMO métier group that is not itself a ROME métier (ADVF+TISF…): the sum of its
-- ROME métiers' offers over the sum of their entries, as the index uses it, published like any ratio so
-- the same disclosure control covers it.
-- Every BMO métier group with its market volumes and DARES's employment of its FAP code (hiring intensity and
-- available labour are published at that grain only).
fap_groups as (
    select * from int_tension_inputs_joined
),

fap_group_market as (
    select g.*
    from fap_groups as g
    anti join market as m
        using (metier_code, territory_level, territory_code, year)
),

platform_job_exits as (
    select
        territory_level, territory_code, year,
        sum(exits_to_job_count) as exits_total,
        max(status_rank(exits_to_job_status)) as exits_total_rank
    from platform
    group by territory_level, territory_code, year
),

operands as (
    -- BMO
    select 'recruitment_projects' as indicator_code, metier_code, territory_level, territory_code, year,
        projects_count::double as numerator, projects_status as numerator_status,
        null::double as denominator, null as denominator_status, 1.0 as scale,
        null as unit_kind, null::bigint as unit_count, null::double as max_unit_share,
        'bmo' as source_id, source_sha256, run_id
    from bmo
    union all
    select 'recruitment_difficulty_rate', metier_code, territory_level, territory_code, year,
        difficult_projects_count, difficult_projects_status, projects_count, projects_status, 1.0,
        null, null, null, 'bmo', source_sha256, run_id
    from bmo
    union all
    select 'seasonal_share', metier_code, territory_level, territory_code, year,
        seasonal_projects_count, seasonal_projects_status, projects_count, projects_status, 1.0,
        null, null, null, 'bmo', source_sha256, run_id
    from bmo
    -- offers and job seekers
    union all
    select 'job_offers', metier_code, territory_level, territory_code, year,
        offers_count, offers_status, null, null, 1.0, null, null, null, 'ft_offres', offers_sha256, offers_run_id
    from market
    union all
    select 'job_seekers_a', metier_code, territory_level, territory_code, year,
        job_seekers_a_count, job_seekers_a_status, null, null, 1.0, 'persons', job_seekers_a_count, null,
        'ft_demandeurs', seekers_a_sha256, seekers_a_run_id
    from market
    union all
    select 'job_seekers_abc', metier_code, territory_level, territory_code, year,
        job_seekers_abc_count, job_seekers_abc_status, null, null, 1.0, 'persons', job_seekers_abc_count, null,
        'ft_demandeurs', seekers_abc_sha256, seekers_abc_run_id
    from market
    union all
    select 'tension_ratio', metier_code, territory_level, territory_code, year,
        offers_count, offers_status, entries_a_count, entries_a_status, 1.0, null, null, null,
        'ft_offres,ft_demandeurs', merge_ids(offers_sha256, entries_sha256), merge_ids(offers_run_id, entries_run_id)
    from market
    union all
    select 'tension_ratio', metier_code, territory_level, territory_code, year,
        offers_count, offers_status, entries_a_count, entries_a_status, 1.0, null, null, null,
        'ft_offres,ft_demandeurs', market_source_sha256, market_run_id
    from fap_group_market
    where offers_status is not null
    union all
    select 'outflow_rate', metier_code, territory_level, territory_code, year,
        exits_abc_count, outflow_status, abc_start_plus_entries_count, outflow_status, 1.0, null, null, null,
        'ft_demandeurs', entries_sha256, entries_run_id
    from market
    union all
    select 'outflow_rate', metier_code, territory_level, territory_code, year,
        exits_abc_count, outflow_status, abc_start_plus_entries_count, outflow_status, 1.0, null, null, null,
        'ft_demandeurs', seekers_source_sha256, seekers_run_id
    from fap_group_market
    where outflow_status is not null
    union all
    select 'hiring_intensity', metier_code, territory_level, territory_code, year,
        offers_count + projects_count, rank_status(greatest(status_rank(offers_status), status_rank(projects_status))),
        employment, case when employment is not null then 'ok' else 'missing' end, 1.0, null, null, null,
        'ft_offres,bmo,dares_tensions', merge_ids(merge_ids(offers_source_sha256, source_sha256), employment_sha256),
        merge_ids(merge_ids(offers_source_run_id, run_id), employment_run_id)
    from fap_groups
    where offers_status is not null
    union all
    select 'available_labour', metier_code, territory_level, territory_code, year,
        job_seekers_a_count, job_seekers_a_status,
        employment, case when employment is not null then 'ok' else 'missing' end, 1.0, null, null, null,
        'ft_demandeurs,dares_tensions', merge_ids(seekers_source_sha256, employment_sha256), merge_ids(seekers_run_id, employment_run_id)
    from fap_groups
    where job_seekers_a_status is not null
    -- employer survey
    union all
    select indicator_code, metier_code, territory_level, territory_code, year,
        numerator, 'ok', denominator, case when denominator is not null then 'ok' end,
        case when indicator_code = 'work_accident_frequency' then 1000.0 else 1.0 end,
        unit_kind, unit_count, max_unit_share, 'enquete_rh', source_sha256, run_id
    from survey
    -- training
    union all
    select indicator_code, metier_code, territory_level, territory_code, year,
        numerator, status, denominator, case when indicator_code = 'graduation_rate' then status end, 1.0,
        'persons', numerator::bigint, null, source_id, source_sha256, run_id
    from training
    -- platform
    union all
    select 'people_accompanied', metier_code, territory_level, territory_code, year,
        people_accompanied_count, people_accompanied_status, null, null, 1.0,
        'persons', people_accompanied_count, null, 'plateforme_parcours', source_sha256, run_id
    from platform
    union all
    select 'positive_exit_rate', metier_code, territory_level, territory_code, year,
        exits_to_job_count + exits_to_training_count,
        rank_status(greatest(status_rank(exits_to_job_status), status_rank(exits_to_training_status))),
        people_accompanied_count, people_accompanied_status, 1.0,
        'persons', people_accompanied_count, null, 'plateforme_parcours', source_sha256, run_id
    from platform
    union all
    select 'exits_by_metier', p.metier_code, p.territory_level, p.territory_code, p.year,
        p.exits_to_job_count, p.exits_to_job_status,
        case when is_usable_rank(t.exits_total_rank) then t.exits_total end, rank_status(t.exits_total_rank), 1.0,
        'persons', p.exits_to_job_count, null, 'plateforme_parcours', p.source_sha256, p.run_id
    from platform as p
    inner join platform_job_exits as t
        using (territory_level, territory_code, year)
),

final as (
    select
        indicator_code,
        metier_code,
        territory_level,
        territory_code,
        cast(year as varchar) as period_code,
        case
            when denominator_status is null and is_usable(numerator_status) then numerator * scale
            when is_usable(numerator_status) and is_usable(denominator_status) and denominator > 0
                then numerator / denominator * scale
        end as value,
        case
            when denominator_status is null then numerator_status
            when is_usable(numerator_status) and is_usable(denominator_status) and not (denominator > 0) then 'missing'
            else rank_status(greatest(status_rank(numerator_status), status_rank(denominator_status)))
        end as status,
        case when is_usable(numerator_status) then numerator end as numerator,
        case when is_usable(denominator_status) then denominator end as denominator,
        numerator_status,
        denominator_status,
        unit_kind,
        unit_count,
        max_unit_share,
        source_id,
        source_sha256,
        run_id
    from operands
)

select * from final
