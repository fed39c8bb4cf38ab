namespace Observatory.Warehouse.Indicators;

/// <summary>
/// The <c>quantities:</c> of an indicator: the additive measures its numerator and denominator are sums of,
/// named <c>source.measure</c> (<c>enquete_rh.headcount</c>). The same name in two indicators is one quantity.
/// A name ending in <c>@all</c> is the quantity's total over every métier of the territory and period.
/// </summary>
public sealed class IndicatorQuantities
{
    public const string AllMetiersSuffix = "@all";

    public List<string> Numerator { get; set; } = [];

    public List<string> Denominator { get; set; } = [];

    /// <summary>Every (operand, quantity, whole-territory total) declared.</summary>
    public IEnumerable<(string Operand, string Quantity, bool AllMetiers)> All() =>
        Numerator.Select(q => ("numerator", q)).Concat(Denominator.Select(q => ("denominator", q)))
            .Select(p => (p.Item1, Strip(p.Item2), p.Item2.EndsWith(AllMetiersSuffix, StringComparison.Ordinal)));

    private static string Strip(string quantity) => quantity.EndsWith(AllMetiersSuffix, StringComparison.Ordinal)
        ? quantity[..^AllMetiersSuffix.Length]
        : quantity;
}
