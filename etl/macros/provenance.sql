-- Provenance helpers: file hashes and run ids travel as sorted, comma-separated lists.
-- merge_ids: the sorted union of two such lists (NULL when both are empty).
create or replace macro merge_ids(a, b) as
    nullif(array_to_string(list_sort(list_distinct(list_filter(
        string_split(coalesce(a, ''), ',') || string_split(coalesce(b, ''), ','), x -> x <> ''))), ','), '');
