namespace Observatory.Reporting.Formatting;

/// <summary>How each indicator's value is written, and its short French label for tables.</summary>
public static class IndicatorFormat
{
    private static readonly HashSet<string> Percentages = new(StringComparer.Ordinal)
    {
        "recruitment_difficulty_rate", "seasonal_share", "vacancy_rate", "graduation_rate", "share_55_plus",
        "absenteeism_rate", "turnover_rate", "vacant_fte_rate", "positive_exit_rate", "exits_by_metier", "training_coverage",
    };

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "recruitment_projects", "job_offers", "job_seekers_a", "job_seekers_abc", "training_entrants", "training_enrolled",
        "training_graduates", "employment", "establishments", "people_accompanied", "retirements_5y", "recruitment_need_projection",
        "job_seekers_total", "strong_tension_count",
    };

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["recruitment_projects"] = "Projets de recrutement",
        ["recruitment_difficulty_rate"] = "Part des projets difficiles",
        ["seasonal_share"] = "Part des projets saisonniers",
        ["job_offers"] = "Offres d'emploi",
        ["job_seekers_a"] = "Demandeurs d'emploi cat. A",
        ["job_seekers_abc"] = "Demandeurs d'emploi cat. ABC",
        ["tension_ratio"] = "Ratio offres / demandeurs",
        ["hiring_intensity"] = "Intensité d'embauches",
        ["available_labour"] = "Main-d'œuvre disponible",
        ["vacancy_rate"] = "Taux de vacance",
        ["tension_index"] = "Indicateur de tension",
        ["training_entrants"] = "Entrants en formation",
        ["training_graduates"] = "Diplômés",
        ["graduation_rate"] = "Taux de réussite",
        ["employment"] = "Effectif",
        ["share_55_plus"] = "Part des 55 ans et plus",
        ["absenteeism_rate"] = "Taux d'absentéisme",
        ["turnover_rate"] = "Taux de rotation",
        ["vacant_fte_rate"] = "Taux d'ETP vacants",
        ["work_accident_frequency"] = "Fréquence des accidents du travail (‰)",
    };

    /// <summary>The value as printed: a percentage, a count, or a decimal number.</summary>
    public static string Value(string indicator, double value) =>
        Percentages.Contains(indicator) ? FrenchNumber.Percent(value)
        : Counts.Contains(indicator) ? FrenchNumber.Integer(value)
        : indicator == "tension_index" ? FrenchNumber.Signed(value)
        : indicator == "work_accident_frequency" ? FrenchNumber.Format(value, 1)
        : FrenchNumber.Format(value, 2);

    /// <summary>A short French label; the catalogue's own label when there is no short one.</summary>
    public static string Label(string indicator, IReadOnlyDictionary<string, string>? catalogue = null) =>
        Labels.TryGetValue(indicator, out var label) ? label
        : catalogue is not null && catalogue.TryGetValue(indicator, out var full) ? full
        : indicator;
}
