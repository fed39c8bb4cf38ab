-- The department rows (codeTypeTerritoire DEP) of stg_ft_offres__all_offers.
select * exclude (territory_type, territory_code), territory_code as department_code
from stg_ft_offres__all_offers
where territory_type = 'DEP'
