namespace Observatory.Api.Data;

/// <summary>One indicator value as the caller may see it (see <c>visible_values.sql</c>).</summary>
public sealed record ObservationRow(
    string Indicator,
    string Metier,
    string Territory,
    string Level,
    string Period,
    double? Value,
    string Status,
    string? DisclosureReason,
    double? Numerator,
    double? Denominator,
    string? Unit,
    string? UnitKind,
    IReadOnlyList<string> SourceFiles,
    IReadOnlyList<string> IngestRuns,
    bool Unmasked,
    double Coverage,
    int CoveredTerritories,
    double? ImputedShare)
{
    /// <summary>Number of columns read by <see cref="Read"/> (a query's total count, when any, comes next).</summary>
    internal const int ColumnCount = 18;

    /// <summary>The departments covered, for a partial value's label (null for a complete one).</summary>
    public Core.Values.Coverage? PartialCoverage =>
        Core.Values.Coverage.FromShare(Coverage, CoveredTerritories) is { IsPartial: true } c ? c : null;

    /// <summary>Reads the first <see cref="ColumnCount"/> columns of the observation queries.</summary>
    internal static ObservationRow Read(object?[] r) => new(
        SqlRunner.Text(r[0])!,
        SqlRunner.Text(r[1])!,
        SqlRunner.Text(r[2])!,
        SqlRunner.Text(r[3])!,
        SqlRunner.Text(r[4])!,
        SqlRunner.Double(r[5]),
        SqlRunner.Text(r[6]) ?? "missing",
        SqlRunner.Text(r[7]),
        SqlRunner.Double(r[8]),
        SqlRunner.Double(r[9]),
        SqlRunner.Text(r[10]),
        SqlRunner.Text(r[11]),
        SqlRunner.Split(r[12]),
        SqlRunner.Split(r[13]),
        SqlRunner.Bool(r[14]),
        SqlRunner.Double(r[15]) ?? 1.0,
        SqlRunner.Int(r[16]) ?? 1,
        SqlRunner.Double(r[17]));
}
