-- Value-status helpers shared by the models (schemas/README.md §4).
-- status_rank orders the statuses so an aggregate inherits the worst one; rank 5 and above
-- (missing, secret) carry no value. 'partial' (a region or France total over only part of its
-- departments) is set last, in fct_indicator_values, never inherited inside a sum.
create or replace macro status_rank(status) as
    case coalesce(status, 'missing')
        when 'ok' then 0
        when 'rounded' then 1
        when 'provisional' then 2
        when 'imputed' then 3
        when 'partial' then 4
        when 'missing' then 5
        else 6
    end;

create or replace macro rank_status(status_rank) as
    case status_rank
        when 0 then 'ok'
        when 1 then 'rounded'
        when 2 then 'provisional'
        when 3 then 'imputed'
        when 4 then 'partial'
        when 5 then 'missing'
        else 'secret'
    end;

-- A measure's status: the lake's <column>_status, else ok when a value is present, else missing.
create or replace macro measure_status(value, status) as
    coalesce(status, case when value is null then 'missing' else 'ok' end);

-- True when a status carries a publishable value.
create or replace macro is_usable(status) as status_rank(status) < status_rank('missing');

-- True when a worst-status rank (max of status_rank over an aggregate's inputs) carries a value.
create or replace macro is_usable_rank(worst_rank) as worst_rank < status_rank('missing');
