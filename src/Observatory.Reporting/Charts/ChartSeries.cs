namespace Observatory.Reporting.Charts;

/// <summary>A named series of a chart: one value (or none) per category.</summary>
/// <param name="Name">The legend label.</param>
/// <param name="Color">The stroke or fill colour.</param>
/// <param name="Values">One value per category; null where masked or absent.</param>
/// <param name="Dashed">Whether the line is dashed (region, France).</param>
/// <param name="Masked">Per category, whether a missing value is masked (« s ») rather than absent.</param>
internal sealed record ChartSeries(string Name, string Color, IReadOnlyList<double?> Values, bool Dashed = false, IReadOnlyList<bool>? Masked = null)
{
    public bool IsMasked(int index) => Masked is not null && index < Masked.Count && Masked[index];
}

/// <summary>The colours of the five tension levels (1 très faible … 5 très forte) and of a masked value.</summary>
internal static class ChartPalette
{
    public const string Masked = "#bdbdbd";
    public const string Department = "#1f4e79";
    public const string Region = "#7f7f7f";
    public const string France = "#c55a11";

    private static readonly string[] Levels = ["#2c7bb6", "#abd9e9", "#ffe08a", "#fdae61", "#d7191c"];

    public static string Level(int? level) => level is >= 1 and <= 5 ? Levels[level.Value - 1] : Masked;
}
