-- The France rows (codeTypeTerritoire NAT, codeTerritoire FR) of stg_ft_demandeurs__all_job_seekers: the tension index's reference panel.
select * exclude (territory_type, territory_code)
from stg_ft_demandeurs__all_job_seekers
where territory_type = 'NAT'
