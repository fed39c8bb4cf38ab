-- Rejected records of one source file → a CSV a person can open (semicolon, header row).
copy (
    select file, sheet, line, "column", raw_value, reason_code, message, issue_codes, raw_row
    from quarantine_rows
    order by line
) to '{{target}}' (format csv, header true, delimiter ';');
