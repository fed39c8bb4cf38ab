-- The France rows (codeTypeTerritoire NAT, codeTerritoire FR) of stg_ft_offres__all_offers: the tension index's reference panel.
select * exclude (territory_type, territory_code)
from stg_ft_offres__all_offers
where territory_type = 'NAT'
