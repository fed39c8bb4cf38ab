using Observatory.Core.Values;
using Observatory.Reporting.Data;

namespace Observatory.Reporting.Model;

/// <summary>Assembles the <see cref="ReportModel"/> of one department and year from a build's <c>pub</c> schema.</summary>
internal static class ReportModelBuilder
{
    private const int MaxYears = 7;

    public static ReportModel Build(WarehouseSession session, Edition edition, string department, int year)
    {
        var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var territory = ReadTerritory(session, department);
        var years = ReadYears(session, territory, period);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["territory"] = territory.Code,
            ["region"] = territory.RegionCode,
            ["year"] = period,
        };

        var catalogue = session.Query("metiers", parameters);
        var metiers = catalogue.Select(ReadMetier).ToList();
        var withData = catalogue.Where(row => row.Bool("has_data")).Select(row => row.RequiredText("metier")).ToHashSet(StringComparer.Ordinal);
        var (chosen, rule) = ChoosePages(catalogue, metiers, withData, territory);

        var values = session.Query("values", parameters).Select(ReadFigure).ToList();
        var tension = session.Query("tension", parameters).Select(ReadTension).ToList();
        var components = session.Query("tension_components", parameters)
            .GroupBy(row => row.RequiredText("metier"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TensionComponent>)[.. g.Select(ReadComponent)], StringComparer.Ordinal);

        var yearSet = years.ToHashSet(StringComparer.Ordinal);
        var pages = chosen
            .Select(metier => MetierPageBuilder.Build(metier, metiers, values.Where(v => yearSet.Contains(v.Period)).ToList(), tension.Where(t => yearSet.Contains(t.Period)).ToList(), components))
            .ToList();

        return new ReportModel(
            edition,
            territory,
            period,
            years,
            [.. session.Query("key_figures", parameters).Select(row => new KeyFigure(row.RequiredText("figure"), row.Double("value"), row.Long("masked") ?? 0, row.Long("cells") ?? 0))],
            [.. session.Query("ranking", parameters).Select(ReadTension)],
            [.. tension.Where(t => t.Period == period)],
            rule,
            pages,
            [.. session.Query("indicators").Select(ReadIndicator)],
            [.. session.Query("tension_reference").Select(ReadReference)],
            [.. session.Query("sources").Select(row => new SourceVintage(row.RequiredText("source"), row.Text("vintages") ?? string.Empty, row.Long("files") ?? 0, row.Long("lake_rows") ?? 0, row.Text("last_loaded") ?? string.Empty))],
            [.. session.Query("disclosure_summary").Select(row => new DisclosureCount(row.RequiredText("outcome"), row.Long("cells") ?? 0, row.Double("share") ?? 0))])
        {
            Agreement = [.. session.Query("tension_agreement").Select(ReadAgreement)],
        };
    }

    private static TerritoryInfo ReadTerritory(WarehouseSession session, string department)
    {
        var row = session.Query("territory", new Dictionary<string, object?> { ["territory"] = department }).SingleOrDefault();
        if (row is null || session.Query("available_years", new Dictionary<string, object?> { ["territory"] = department }).Count == 0)
        {
            var available = session.Query("available_departments")
                .Select(r => $"{r.RequiredText("territory")} ({r.RequiredText("label")}, {r.Text("first_period")}–{r.Text("last_period")})");
            throw new ReportDataException(
                $"Aucune donnée publiée pour le département « {department} » dans cette édition. Départements disponibles : {string.Join(", ", available)}.");
        }

        return new TerritoryInfo(row.RequiredText("territory"), row.RequiredText("label"), row.RequiredText("region"), row.RequiredText("region_label"));
    }

    private static List<string> ReadYears(WarehouseSession session, TerritoryInfo territory, string period)
    {
        var all = session.Query("available_years", new Dictionary<string, object?> { ["territory"] = territory.Code })
            .Select(row => row.RequiredText("period")).ToList();
        if (!all.Contains(period, StringComparer.Ordinal))
        {
            throw new ReportDataException(
                $"Aucune donnée publiée pour {territory.Label} ({territory.Code}) en {period}. Années disponibles : {string.Join(", ", all)}.");
        }

        var upTo = all.Where(p => string.CompareOrdinal(p, period) <= 0).ToList();
        return upTo.Skip(Math.Max(0, upTo.Count - MaxYears)).ToList();
    }

    private static (List<MetierInfo> Pages, string Rule) ChoosePages(List<Row> catalogue, List<MetierInfo> metiers, HashSet<string> withData, TerritoryInfo territory)
    {
        var flag = territory.Code switch { "01" => "is_priority_01", "40" => "is_priority_40", _ => null };
        if (flag is null)
        {
            var pages = metiers.Where(m => !m.IsGroup && withData.Contains(m.Code)).ToList();
            return (pages, $"Le département {territory.Label} n'a pas de liste de métiers prioritaires dans le catalogue : une fiche est consacrée à chaque métier (hors regroupements) ayant au moins une valeur publiée pour l'année.");
        }

        var priority = catalogue.Where(row => row.Bool(flag)).Select(row => row.RequiredText("metier")).ToHashSet(StringComparer.Ordinal);
        var chosen = metiers.Where(m => priority.Contains(m.Code) && withData.Contains(m.Code)).ToList();
        var skipped = metiers.Where(m => priority.Contains(m.Code) && !withData.Contains(m.Code)).Select(m => m.ShortLabel).ToList();
        var rule = $"Une fiche est consacrée à chaque métier ou regroupement de métiers prioritaire du département {territory.Label} ayant au moins une valeur publiée pour l'année.";
        if (skipped.Count > 0)
        {
            rule += $" Métiers prioritaires sans donnée publiée cette année : {string.Join(", ", skipped)}.";
        }

        return (chosen, rule);
    }

    private static MetierInfo ReadMetier(Row row) => new(
        row.RequiredText("metier"),
        row.RequiredText("label_fr"),
        row.Text("short_label_fr") ?? row.RequiredText("label_fr"),
        row.Bool("is_group"),
        (row.Text("member_codes") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Figure ReadFigure(Row row) => new(
        row.RequiredText("indicator"), row.RequiredText("metier"), row.RequiredText("territory_level"), row.RequiredText("territory"),
        row.RequiredText("period"), row.Double("value"), row.RequiredText("status"), row.Text("disclosure_reason"), PartialOf(row));

    /// <summary>The departments a partial region or France value covers (null for a complete value).</summary>
    private static Coverage? PartialOf(Row row) =>
        Coverage.FromShare(row.Double("coverage"), row.Int("covered_territories")) is { IsPartial: true } c ? c : null;

    internal static TensionCell ReadTension(Row row) => new(
        row.RequiredText("metier"), row.RequiredText("label_fr"), row.RequiredText("territory_level"), row.RequiredText("territory"),
        row.RequiredText("period"), row.Double("index"), row.Int("level"), row.Text("label"), row.RequiredText("status"),
        row.Text("disclosure_reason"), row.Text("fallback_territory_level"), row.Text("fallback_territory"), row.Double("fallback_index"), row.Int("fallback_level"), PartialOf(row),
        row.Text("official_status") is { } status ? new OfficialLevel(row.Int("official_level"), row.Text("official_label"), status) : null);

    private static TensionAgreement ReadAgreement(Row row) => new(
        row.RequiredText("period"), row.Long("cells") ?? 0, row.Long("identical") ?? 0, row.Double("identical_share") ?? 0,
        row.Long("within_one") ?? 0, row.Double("within_one_share") ?? 0, row.Double("weighted_kappa"));

    private static TensionComponent ReadComponent(Row row) => new(
        row.RequiredText("indicator"), row.RequiredText("role"), row.Double("value"), row.Double("z_score"), row.Int("level"));

    private static IndicatorDefinition ReadIndicator(Row row) => new(
        row.RequiredText("indicator"), row.RequiredText("family"), row.RequiredText("label_fr"), row.Text("definition") ?? string.Empty,
        row.Text("formula") ?? string.Empty, row.Text("unit") ?? string.Empty, row.Text("direction") ?? string.Empty,
        row.Text("disclosure_rule") ?? string.Empty, row.Text("caveats") ?? string.Empty, row.Text("methodology") ?? string.Empty,
        row.Text("catalogue_status") ?? string.Empty, row.Text("planned_reason") ?? string.Empty, row.Text("period_convention") ?? string.Empty);

    private static TensionReference ReadReference(Row row) => new(
        row.RequiredText("indicator"), row.RequiredText("component_role"), row.Double("weight") ?? 0,
        $"{row.Int("reference_first_year")}–{row.Int("reference_last_year")}",
        row.Long("cell_count") ?? 0, row.Double("reference_mean"), row.Double("reference_stddev"),
        row.Long("metier_count") ?? 0, row.Long("territory_count") ?? 0, row.Text("dimension_status") != "planned", row.Text("dimension_reason"),
        row.Double("threshold_1_2") is { } t12 ? [t12, row.Double("threshold_2_3") ?? 0, row.Double("threshold_3_4") ?? 0, row.Double("threshold_4_5") ?? 0] : null);
}
