select metier, code_system, code_version, code
from pub.metier_codes
order by metier, code_system, code_version, code
