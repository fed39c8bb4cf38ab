-- The accepted records of a plain CSV, in the shape of lake_rows (see LakeTable).
create or replace view lake_rows as
select {{lake_columns}}, source_line, '{{run_id}}' as run_id, '{{source_sha256}}' as source_sha256,
    {{contract_version}} as contract_version
from bulk_rows
where not ({{has_error}});
