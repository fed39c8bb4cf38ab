-- Lines whose key was already claimed by an earlier record without error (unique rule {{rule}}).
-- Only the keys whose hash was seen more than once ({{repeated}}) are looked at closely.
create or replace table {{target}} as
with candidates as (
    select source_line, {{keys}}, ({{had_error}}) as had_error
    from bulk_rows
    where {{keys_present}} and hash({{keys}}) in (select h from {{repeated}})
),
claimed as (
    select source_line, min(source_line) filter (where not had_error) over (partition by {{keys}}) as claimer
    from candidates
)
select source_line from claimed where source_line > claimer;
