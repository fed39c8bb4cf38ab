namespace Observatory.Benchmarks.Api;

/// <summary>
/// The ten queries of the standard dashboard: the Metabase kit's questions (<c>dashboards/metabase/questions</c>)
/// asked through the API, except question 09 (share of masked values, an aggregate the API does not offer), replaced
/// by the web dashboard's bootstrap query. Parameters: department 01 (Ain), its region 84, year 2024, métier IDE.
/// </summary>
internal static class DashboardQueries
{
    public const string Department = "01";
    public const string Region = "84";
    public const int Year = 2024;

    public static IReadOnlyList<DashboardQuery> All() =>
    [
        new("01-tension-ranking", "classement des tensions (DEP)",
            Args(("territory", Department), ("year", Year)), ("tension.entries", "index")),
        new("02-tension-heatmap-region", "carte de chaleur région",
            Args(("region", Region), ("year", Year)), ("tensionGrid", "index")),
        new("03-recruitment-difficulty-series", "difficultés de recrutement",
            Args(("territory", Department)), ("observations.nodes", "value")),
        new("04-offers-vs-job-seekers", "offres / demandeurs",
            Args(("territory", Department), ("period", Year.ToString(System.Globalization.CultureInfo.InvariantCulture))), ("observations.nodes", "value")),
        new("05-training-output", "sortie de formation (REG)",
            Args(("region", Region)), ("observations.nodes", "value")),
        new("06-absenteeism-turnover", "absentéisme / rotation",
            Args(("territory", Department), ("period", Year.ToString(System.Globalization.CultureInfo.InvariantCulture))), ("observations.nodes", "value")),
        new("07-compare-department-region-france", "DEP / REG / France",
            Args(("indicator", "recruitment_difficulty_rate"), ("metier", "IDE"), ("territory", Department), ("region", Region)),
            ("department", "value"), ("region", "value"), ("france", "value")),
        new("08-sources-freshness", "fraîcheur des sources",
            Args(), ("sources", "rows")),
        new("09-dashboard-bootstrap", "amorce du tableau de bord",
            Args(), ("edition", null), ("regions", null), ("metiers", null), ("indicators", null), ("tensionYears", null), ("qwlYears", null), ("probe.nodes", null)),
        new("10-platform-outcomes", "plateforme : sorties positives",
            Args(("territory", Department)), ("observations.nodes", "value")),
    ];

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
