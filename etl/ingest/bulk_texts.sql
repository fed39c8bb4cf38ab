-- The distinct texts of every stored cell of a plain CSV as numbered by the C# scan (CsvCellScanner).
create or replace table bulk_texts (cell integer, code integer, raw varchar);
