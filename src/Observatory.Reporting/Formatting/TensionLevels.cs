namespace Observatory.Reporting.Formatting;

/// <summary>The five levels of the tension index.</summary>
public static class TensionLevels
{
    public static readonly IReadOnlyList<(int Level, string Name)> Names =
    [
        (1, "très faible"),
        (2, "faible"),
        (3, "moyenne"),
        (4, "forte"),
        (5, "très forte"),
    ];

    /// <summary>« 4 – forte ».</summary>
    public static string Describe(int level, string? label) =>
        $"{level} – {label ?? Names.FirstOrDefault(n => n.Level == level).Name}";
}
