-- Accepted rows of one source file → hive-partitioned Parquet in a staging directory.
copy (select * from lake_rows) to '{{target}}' (
    format parquet,
    compression zstd,
    partition_by ({{partition_by}}),
    write_partition_columns true,
    overwrite_or_ignore true,
    kv_metadata {
        run_id: '{{run_id}}',
        source_sha256: '{{source_sha256}}',
        contract_version: '{{contract_version}}'
    }
);
