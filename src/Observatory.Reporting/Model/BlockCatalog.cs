namespace Observatory.Reporting.Model;

/// <summary>The thematic blocks of a métier page and the indicators each shows.</summary>
internal static class BlockCatalog
{
    /// <summary>A block: <paramref name="SeriesLevel"/> is the territory level of its time series.</summary>
    public sealed record Definition(string Key, string Title, string[] Indicators, string SeriesLevel);

    public static readonly IReadOnlyList<Definition> All =
    [
        new("offres", "Offres d'emploi et demandeurs d'emploi", ["job_offers", "job_seekers_a", "job_seekers_abc", "tension_ratio"], "DEP"),
        new("bmo", "Projets de recrutement et difficultés (BMO)", ["recruitment_projects", "recruitment_difficulty_rate", "seasonal_share", "hiring_intensity", "available_labour"], "DEP"),
        new("formation", "Formation et besoins de recrutement (région)", ["training_entrants", "training_graduates", "graduation_rate", "recruitment_projects"], "REG"),
        new("qvt", "Qualité de vie au travail", ["employment", "absenteeism_rate", "turnover_rate", "vacant_fte_rate", "vacancy_rate", "work_accident_frequency", "share_55_plus"], "DEP"),
    ];
}
