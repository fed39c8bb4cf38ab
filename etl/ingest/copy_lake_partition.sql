-- Accepted rows of one source file → one Parquet file: one partition (vintage=2024/department_code=01,
-- partition columns kept in the file), or the whole file for a source without partitions (filter true).
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
