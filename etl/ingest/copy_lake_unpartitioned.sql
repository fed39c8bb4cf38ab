-- Accepted rows of a source without partition columns → one Parquet file.
copy (select * from lake_rows) to '{{target}}' (
    format parquet,
    compression zstd,
    kv_metadata {
        run_id: '{{run_id}}',
        source_sha256: '{{source_sha256}}',
        contract_version: '{{contract_version}}'
    }
);
