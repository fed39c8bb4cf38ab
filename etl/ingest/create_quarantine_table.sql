-- One row per rejected record of one source file (observatory ingest).
create or replace table quarantine_rows (
    file varchar,
    sheet varchar,
    line bigint,
    "column" varchar,
    raw_value varchar,
    reason_code varchar,
    message varchar,
    issue_codes varchar,
    raw_row varchar,
    source varchar,
    source_sha256 varchar,
    run_id varchar
);
