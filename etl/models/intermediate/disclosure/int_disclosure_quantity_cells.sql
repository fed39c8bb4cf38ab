-- Disclosure control decides per quantity cell, not per published number: every indicator row is
-- broken into the additive quantities its catalogue entry declares (ref_indicator_quantities: the
-- value of a count, the numerator and denominator of a ratio), so a count published in several
-- indicators (employment = the denominator of share_55_plus, turnover_rate…) is one cell with one
-- decision. The primary rules put their reason on the quantities they protect:
--   source          the publisher masked it (status secret): carried as is;
--   frequency       too few establishments (rule establishments) or persons (rule persons);
--   dominance       one establishment above its maximum share of the numerator (rule establishments);
--   ratio_operands  a ratio's numerator or denominator of too few persons (rule ratio): that operand;
-- (thresholds: the catalogue's disclosure section, ref_disclosure_parameters)
--   composite       a tension index hidden for low volume: its difficulty rate's numerator, so the
--                   index cannot be recomputed from its published components.
-- A quantity whose operand is missing (no data) is unknown, not hidden.
with

facts as (
    select * from fct_indicator_values
    where indicator_code <> 'tension_index'
),

declared as (
    select * from ref_indicator_quantities
),

tension as (
    select * from fct_tension
),

thresholds as (
    select * from ref_disclosure_parameters
),

uses as (
    select
        d.quantity,
        case when d.all_metiers then '*' else f.metier_code end as metier_code,
        f.territory_level,
        f.territory_code,
        f.period_code,
        case when d.operand = 'numerator' then f.numerator else f.denominator end as amount,
        coalesce(case when d.operand = 'numerator' then f.numerator_status else f.denominator_status end, f.status) as operand_status,
        d.operand,
        f.disclosure_rule,
        f.unit_count,
        f.max_unit_share,
        f.numerator,
        f.denominator
    from facts as f
    inner join declared as d
        using (indicator_code)
),

reasons as (
    select
        u.*,
        case
            when operand_status = 'secret' then 'source'
            when not is_usable(operand_status) then null
            when disclosure_rule = 'establishments' and unit_count < t.min_establishments then 'frequency'
            when disclosure_rule = 'establishments' and operand = 'numerator' and u.max_unit_share > t.max_unit_share then 'dominance'
            when disclosure_rule = 'persons' and unit_count < t.min_persons then 'frequency'
            when disclosure_rule = 'ratio' and operand = 'numerator' and numerator < t.min_persons then 'ratio_operands'
            when disclosure_rule = 'ratio' and operand = 'denominator' and denominator < t.min_persons then 'ratio_operands'
        end as primary_reason
    from uses as u
    cross join thresholds as t
),

composite as (
    -- an index below the volume thresholds: hide its difficulty rate's numerator (xmet)
    select
        'bmo.xmet' as quantity,
        metier_code,
        territory_level,
        territory_code,
        period_code,
        null::double as amount,
        'ok' as operand_status,
        'composite' as primary_reason
    from tension
    where status = 'secret'
),

all_reasons as (
    select quantity, metier_code, territory_level, territory_code, period_code, amount, operand_status, primary_reason
    from reasons
    union all
    select * from composite
),

cells as (
    select
        quantity,
        metier_code,
        territory_level,
        territory_code,
        period_code,
        max(amount) as amount,
        bool_or(is_usable(operand_status)) as is_known,
        arg_min(primary_reason, disclosure_reason_rank(primary_reason)) filter (where primary_reason is not null) as hidden_reason
    from all_reasons
    group by quantity, metier_code, territory_level, territory_code, period_code
    -- a composite reason alone on a cell no indicator publishes hides nothing
    having count(*) filter (where primary_reason is distinct from 'composite') > 0
),

final as (
    select
        row_number() over (order by quantity, metier_code, territory_level, territory_code, period_code) as cell_id,
        quantity,
        metier_code,
        territory_level,
        territory_code,
        period_code,
        amount,
        is_known,
        hidden_reason,
        case when hidden_reason is not null then 0 end as pass
    from cells
)

select * from final
