using System.Text;
using Observatory.DuckDb;

namespace Observatory.Warehouse.Indicators;

/// <summary>
/// Writes the catalogue into the build: <c>ref_indicators</c> (one row per indicator),
/// <c>ref_tension_parameters</c> (one row: reference period, level quantiles, minimum volume) and
/// <c>ref_tension_components</c> (one row per component with its role and weight) and
/// <c>ref_indicator_quantities</c> (one row per indicator × operand × quantity, for disclosure control) and
/// <c>ref_imputation_parameters</c> (one row: the bounds of a masked BMO cell) and <c>ref_disclosure_parameters</c>
/// (one row: the primary disclosure thresholds).
/// </summary>
public static class IndicatorCatalogLoader
{
    public static void Load(DuckDbConnection connection, IndicatorCatalog catalog)
    {
        // No primary key, index or unique constraint anywhere in a build: DuckDB readers older than the one writing reject a
        // file holding one (DuckDB 1.0: "Failed to deserialize … field id: 103"). Keys are checked by the catalogue's
        // validation (an indicator declared twice fails) and by the models' data tests.
        connection.Execute("""
            create or replace table ref_indicators (
                indicator_code varchar, family varchar, label_fr varchar, label_en varchar, definition varchar,
                formula varchar, measures varchar, unit varchar, direction varchar, grain varchar, period_convention varchar, sources varchar,
                disclosure_rule varchar, caveats varchar, methodology varchar, catalogue_status varchar, planned_reason varchar
            )
            """);
        var rows = catalog.Indicators.Select(i => "(" + string.Join(", ",
            Sql.Literal(i.Code), Sql.Literal(i.Family), Sql.Literal(i.LabelFr), Sql.Literal(i.LabelEn), Sql.Literal(i.Definition.Trim()),
            Sql.Literal(i.Formula), Sql.Literal(string.Join("; ", i.Measures.Select(m => $"{m.Key} = {m.Value}"))),
            Sql.Literal(i.Unit), Sql.Literal(i.Direction), Sql.Literal(i.Grain), Sql.Literal(i.Period.Trim()), Sql.Literal(string.Join(", ", i.Sources)),
            Sql.Literal(i.Disclosure), Sql.Literal(i.Caveats.Trim()), Sql.Literal(i.Methodology.Trim()), Sql.Literal(i.Status),
            Sql.Literal(i.PlannedReason?.Trim())) + ")").ToList();
        if (rows.Count > 0)
        {
            connection.Execute(new StringBuilder("insert into ref_indicators values ").AppendJoin(",\n", rows).ToString());
        }

        connection.Execute("""
            create or replace table ref_indicator_quantities (
                indicator_code varchar, operand varchar, quantity varchar, all_metiers boolean
            )
            """);
        var quantities = catalog.Indicators.Where(i => i.Quantities is not null)
            .SelectMany(i => i.Quantities!.All().Select(q =>
                $"({Sql.Literal(i.Code)}, {Sql.Literal(q.Operand)}, {Sql.Literal(q.Quantity)}, {(q.AllMetiers ? "true" : "false")})"))
            .ToList();
        if (quantities.Count > 0)
        {
            connection.Execute("insert into ref_indicator_quantities values " + string.Join(",\n", quantities));
        }

        var thresholds = catalog.Disclosure;
        connection.Execute($"""
            create or replace table ref_disclosure_parameters as select
                {thresholds.MinEstablishments}::integer as min_establishments,
                {Sql.Literal(thresholds.MaxUnitShare)}::double as max_unit_share,
                {thresholds.MinPersons}::integer as min_persons
            """);
        connection.Execute($"""
            create or replace table ref_imputation_parameters as select
                {catalog.Imputation.BmoMaskLower}::integer as bmo_mask_lower,
                {catalog.Imputation.BmoMaskUpper}::integer as bmo_mask_upper
            """);

        var spec = catalog.TensionIndex;
        var q = spec.LevelQuantiles;
        string Label(int i) => Sql.Literal(spec.LevelLabelsFr.ElementAtOrDefault(i));
        connection.Execute($"""
            create or replace table ref_tension_parameters as select
                {spec.ReferenceFirstYear}::integer as reference_first_year,
                {spec.ReferenceLastYear}::integer as reference_last_year,
                [{string.Join(", ", q.Select(v => Sql.Literal(v)))}]::double[] as level_quantiles,
                {spec.MinVolume}::integer as min_volume,
                {Label(0)} as level_1_label, {Label(1)} as level_2_label, {Label(2)} as level_3_label,
                {Label(3)} as level_4_label, {Label(4)} as level_5_label
            """);
        connection.Execute("create or replace table ref_tension_components (indicator_code varchar, component_role varchar, weight double)");
        var components = spec.Components.Select(c => $"({Sql.Literal(c.Indicator)}, {Sql.Literal(c.Role)}, {Sql.Literal(c.Weight)})").ToList();
        if (components.Count > 0)
        {
            connection.Execute("insert into ref_tension_components values " + string.Join(", ", components));
        }
    }
}
