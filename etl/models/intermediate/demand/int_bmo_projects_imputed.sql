-- Every BMO bassin × FAP code row, a cell the publisher masked (*) imputed at the middle of its masking bounds
-- (ref_imputation_parameters; xmet and smet capped by the bassin's met, itself imputed when masked), with status
-- 'imputed' and the imputed part kept (*_imputed) for the share the publication states. Shared by the métier groups'
-- totals (int_bmo_projects_rolled_up) and the tension index's all-métier reference panel.
with

projects as (
    select * from stg_bmo__projects
),

imputation as (
    select (bmo_mask_lower + bmo_mask_upper) / 2.0 as masked_value
    from ref_imputation_parameters
),

bounded as (
    -- the value a masked cell is imputed at: the middle of the bounds, and for xmet and smet no more than the
    -- bassin's met (itself imputed when masked)
    select
        m.*,
        i.masked_value,
        least(i.masked_value, case when m.projects_status = 'secret' then i.masked_value else m.projects_count end)
            as masked_part_value
    from projects as m
    cross join imputation as i
),

imputed as (
    select
        b.* exclude (projects_count, projects_status, difficult_projects_count, difficult_projects_status,
            seasonal_projects_count, seasonal_projects_status, masked_value, masked_part_value),
        case when b.projects_status = 'secret' then b.masked_value else b.projects_count end as projects_count,
        case when b.projects_status = 'secret' then 'imputed' else b.projects_status end as projects_status,
        case when b.projects_status = 'secret' then b.masked_value else 0 end as projects_imputed,
        case when b.difficult_projects_status = 'secret' then b.masked_part_value else b.difficult_projects_count end
            as difficult_projects_count,
        case when b.difficult_projects_status = 'secret' then 'imputed' else b.difficult_projects_status end
            as difficult_projects_status,
        case when b.difficult_projects_status = 'secret' then b.masked_part_value else 0 end as difficult_imputed,
        case when b.seasonal_projects_status = 'secret' then b.masked_part_value else b.seasonal_projects_count end
            as seasonal_projects_count,
        case when b.seasonal_projects_status = 'secret' then 'imputed' else b.seasonal_projects_status end
            as seasonal_projects_status,
        case when b.seasonal_projects_status = 'secret' then b.masked_part_value else 0 end as seasonal_imputed
    from bounded as b
)

select * from imputed
