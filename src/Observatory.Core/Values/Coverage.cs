namespace Observatory.Core.Values;

/// <summary>
/// How many of a territory's departments a region or France value covers (<c>pub.indicator_values.coverage</c> and
/// <c>covered_territories</c>): below all of them the value has status <c>partial</c> and is labelled
/// « départements chargés (n/N) », never as the territory's total.
/// </summary>
/// <param name="Covered">Departments covered by every source of the value (n).</param>
/// <param name="Total">Departments of the territory (N).</param>
public readonly record struct Coverage(int Covered, int Total)
{
    /// <summary>The coverage of a value from its published share and count (N = n / share, rounded).</summary>
    public static Coverage? FromShare(double? share, int? covered) =>
        share is > 0 and { } s && covered is { } n ? new Coverage(n, (int)Math.Round(n / s)) : null;

    /// <summary>True when some department of the territory is missing.</summary>
    public bool IsPartial => Covered < Total;

    /// <summary>« départements chargés (n/N) », the label printed beside a partial total.</summary>
    public string Label => $"départements chargés ({Covered}/{Total})";
}
