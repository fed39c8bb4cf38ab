-- One partition of the accepted rows of one source file → its single Parquet file in the staging
-- directory (vintage=2024/department_code=01/data_0.parquet), partition columns kept in the file.
-- Written one partition at a time: DuckDB's PARTITION_BY materialises every row into per-partition
-- buffers first, which costs more than scanning the (file-ordered) rows once per partition.
copy (select * from lake_rows where {{filter}}) to '{{target}}' (
    format parquet,
    compression zstd,
    kv_metadata {
        run_id: '{{run_id}}',
        source_sha256: '{{source_sha256}}',
        contract_version: '{{contract_version}}'
    }
);
