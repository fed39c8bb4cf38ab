with

source as (
    select * from raw_plan_actions
),

renamed as (
    select
        ---------- ids
        department_code,
        action_number,
        axis,
        action_title,
        owner,
        ---------- status and dates
        case status
            when 'Prévue' then 'planned'
            when 'En cours' then 'running'
            when 'Réalisée' then 'done'
            when 'Abandonnée' then 'abandoned'
        end as action_status,
        start_date,
        planned_end_date,
        ---------- measures
        tracking_indicator,
        cast(target as double) as target_value,
        cast(achieved as double) as achieved_value,
        ---------- provenance
        source_sha256,
        run_id
    from source
)

select * from renamed
