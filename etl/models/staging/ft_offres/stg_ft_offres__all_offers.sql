with

source as (
    select * from raw_ft_offres
),

renamed as (
    select
        ---------- ids
        rome_version,
        rome_code,
        territory_type,
        territory_code,
        offer_origin,
        ---------- periods
        period as quarter_code,
        cast(left(period, 4) as integer) as year,
        ---------- measures
        offers as offers_count,
        measure_status(offers, offers_status) as offers_status,
        ---------- provenance
        cast(vintage as integer) as vintage,
        source_sha256,
        run_id
    from source
)

select * from renamed
