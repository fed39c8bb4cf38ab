-- The cells of a plain CSV in file order (row id + 2 is the physical line), each as its ENUM, filled
-- column-wise with the codes of the C# scan.
create or replace table bulk_raw ({{columns}});
