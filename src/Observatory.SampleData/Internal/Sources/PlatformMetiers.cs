namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The métiers a department's platform of the care professions follows and their shares of the people it accompanies
/// (CNSA 2023 evaluation: aide-soignant 28 %, AES 21 %, ADVF 17 %; the platform's other métiers share the rest).
/// </summary>
internal static class PlatformMetiers
{
    /// <summary>First year of activity (start of the CNSA experiment).</summary>
    public const int FirstActivityYear = 2022;

    private static readonly Dictionary<string, double> KnownShares = new(StringComparer.Ordinal) { ["AS"] = 0.28, ["AES"] = 0.21, ["ADVF"] = 0.17 };

    /// <summary>Métiers followed by the platform: the department's priorities, else every métier some department ranks a priority.</summary>
    public static IReadOnlyList<string> Of(GenerationContext context, Reference.DepartmentRef department)
    {
        var own = context.Reference.Metiers.Where(m => m.PriorityDepartments.Contains(department.Code, StringComparer.Ordinal)).ToList();
        var chosen = own.Count > 0 ? own : context.Reference.Metiers.Where(m => m.PriorityDepartments.Count > 0).ToList();
        return chosen.Select(m => m.Code).ToList();
    }

    /// <summary>The share of each of <paramref name="metiers"/> among the people accompanied; the shares sum to 1.</summary>
    public static IReadOnlyList<double> Shares(IReadOnlyList<string> metiers)
    {
        var known = metiers.Where(KnownShares.ContainsKey).Sum(m => KnownShares[m]);
        var others = metiers.Count(m => !KnownShares.ContainsKey(m));
        var shares = metiers.Select(m => KnownShares.TryGetValue(m, out var s) ? s : (1 - known) / Math.Max(1, others)).ToList();
        var total = shares.Sum();
        return shares.Select(s => s / total).ToList();
    }

    /// <summary>Scale of the platform's activity in <paramref name="year"/> (the experiment ramps up from 2022).</summary>
    public static double Ramp(int year) => year switch { FirstActivityYear => 0.6, 2023 => 1.0, 2024 => 1.2, _ => 1.3 };

    public static string PlatformName(Reference.DepartmentRef department) => "Plateforme des métiers de l'autonomie - " + department.Label;
}
