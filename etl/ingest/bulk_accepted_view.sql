-- The accepted records of a plain CSV, in the shape of lake_rows (see LakeTable): straight from
-- bulk_raw with only the lookups the values need (no flag is computed again), less the rejected lines.
create or replace view lake_rows as
select {{lake_select}}, r.rowid + 2 as source_line, '{{run_id}}' as run_id, '{{source_sha256}}' as source_sha256,
    {{contract_version}} as contract_version
from bulk_raw r
{{value_joins}}
{{where}};
