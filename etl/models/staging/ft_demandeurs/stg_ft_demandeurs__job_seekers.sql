-- The department rows (codeTypeTerritoire DEP) of stg_ft_demandeurs__all_job_seekers.
select * exclude (territory_type, territory_code), territory_code as department_code
from stg_ft_demandeurs__all_job_seekers
where territory_type = 'DEP'
