-- How often the observatory's tension level and the official DARES / France Travail level agree, per year ×
-- territory level, per year over all levels ('ALL') and over all years and levels ('ALL', 'ALL'). Read from
-- pub.tension itself, so only levels already published enter: a hidden index (secret, missing) and a partial
-- region or France (an index over the departments loaded, not the territory's) are never compared, and the
-- table tells nothing pub.tension does not.
--
-- Linearly weighted Cohen's kappa over the k = 5 levels, with disagreement weights d(i, j) = |i − j| / (k − 1):
--   observed disagreement  D_o = Σ_cells d(a, b) / n
--   expected disagreement  D_e = Σ_i Σ_j n_a(i) · n_b(j) · d(i, j) / n²   (n_a, n_b: each rater's level counts)
--   kappa_w = 1 − D_o / D_e   (NULL when D_e = 0: one level only on both sides, or no cell)
-- which equals (P_o − P_e) / (1 − P_e) with the agreement weights w(i, j) = 1 − d(i, j).
with

published as (
    select * from pub.tension
),

pairs as (
    select
        period,
        territory_level,
        level as observatory_level,
        official_level
    from published
    where level is not null
        and official_level is not null
        and status <> 'partial'
),

scoped as (
    select period, territory_level, observatory_level, official_level from pairs
    union all
    select period, 'ALL', observatory_level, official_level from pairs
    union all
    select 'ALL', 'ALL', observatory_level, official_level from pairs
),

counts as (
    select
        period,
        territory_level,
        count(*) as cells,
        count(*) filter (where observatory_level = official_level) as identical,
        count(*) filter (where abs(observatory_level - official_level) <= 1) as within_one,
        sum(abs(observatory_level - official_level) / 4.0) / count(*) as observed_disagreement
    from scoped
    group by period, territory_level
),

observatory_margins as (
    select period, territory_level, observatory_level as level, count(*) as level_cells
    from scoped
    group by all
),

official_margins as (
    select period, territory_level, official_level as level, count(*) as level_cells
    from scoped
    group by all
),

expected as (
    select
        a.period,
        a.territory_level,
        sum(a.level_cells * b.level_cells * abs(a.level - b.level) / 4.0) as weighted_products
    from observatory_margins as a
    inner join official_margins as b
        on b.period = a.period
        and b.territory_level = a.territory_level
    group by a.period, a.territory_level
),

final as (
    select
        c.period,
        c.territory_level,
        c.cells,
        c.identical,
        c.identical / c.cells as identical_share,
        c.within_one,
        c.within_one / c.cells as within_one_share,
        c.observed_disagreement,
        e.weighted_products / (c.cells * c.cells) as expected_disagreement,
        case
            when e.weighted_products > 0
                then 1 - c.observed_disagreement / (e.weighted_products / (c.cells * c.cells))
        end as weighted_kappa
    from counts as c
    inner join expected as e
        on e.period = c.period
        and e.territory_level = c.territory_level
)

select * from final
