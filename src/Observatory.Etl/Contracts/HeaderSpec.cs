using System.Text.RegularExpressions;

namespace Observatory.Etl.Contracts;

/// <summary>
/// One header of a variant, in file order: either an exact <see cref="Name"/> (with
/// <see cref="Aliases"/>) or a <see cref="Pattern"/> with a <see cref="Template"/>
/// (<c>BE{yy}</c>), mapped to the canonical <see cref="Column"/>.
/// </summary>
public sealed record HeaderSpec
{
    public string? Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Regex on the trimmed header (case-insensitive); groups <c>yy</c> / <c>year</c> are captured.</summary>
    public Regex? Pattern { get; init; }

    /// <summary>Writer's template for a pattern header: <c>{yy}</c> / <c>{year}</c> are replaced.</summary>
    public string? Template { get; init; }

    public required string Column { get; init; }

    /// <summary>Wide column occurring once per year.</summary>
    public bool Repeat { get; init; }

    public bool Optional { get; init; }

    public int Line { get; init; }

    /// <summary>A readable form: the name, or the pattern.</summary>
    public string Display => Name ?? Template ?? Pattern?.ToString() ?? Column;

    /// <summary>The concrete header for a vintage (pattern headers) or the exact name.</summary>
    public string HeaderFor(int vintage) =>
        Name ?? (Template ?? Column)
            .Replace("{yy}", (vintage % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", vintage.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
