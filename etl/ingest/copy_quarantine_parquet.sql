-- Rejected records of one source file → quarantine Parquet.
copy (select * from quarantine_rows order by line) to '{{target}}' (
    format parquet,
    compression zstd,
    kv_metadata {
        run_id: '{{run_id}}',
        source_sha256: '{{source_sha256}}'
    }
);
