-- Value-status helpers shared by the models (schemas/README.md §4).
-- status_rank orders the statuses so an aggregate inherits the worst one; rank 4 and above
-- (missing, secret) carry no value.
create or replace macro status_rank(status) as
    case coalesce(status, 'missing')
        when 'ok' then 0
        when 'rounded' then 1
        when 'provisional' then 2
        when 'imputed' then 3
        when 'missing' then 4
        else 5
    end;

create or replace macro rank_status(status_rank) as
    case status_rank
        when 0 then 'ok'
        when 1 then 'rounded'
        when 2 then 'provisional'
        when 3 then 'imputed'
        when 4 then 'missing'
        else 'secret'
    end;

-- A measure's status: the lake's <column>_status, else ok when a value is present, else missing.
create or replace macro measure_status(value, status) as
    coalesce(status, case when value is null then 'missing' else 'ok' end);

-- True when a status carries a publishable value.
create or replace macro is_usable(status) as status_rank(status) < 4;
