-- The q-quantile (0 ≤ q ≤ 1) of a sorted, non-empty list by linear interpolation between order statistics, as
-- quantile_cont does; usable with a q read from a table (quantile_cont only takes constants).
create or replace macro sorted_quantile(sorted, q) as
    sorted[1 + floor(q * (len(sorted) - 1))::bigint]
    + (q * (len(sorted) - 1) - floor(q * (len(sorted) - 1)))
        * (sorted[1 + least(floor(q * (len(sorted) - 1))::bigint + 1, len(sorted) - 1)]
            - sorted[1 + floor(q * (len(sorted) - 1))::bigint]);
