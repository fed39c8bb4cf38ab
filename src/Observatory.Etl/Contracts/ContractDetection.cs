using System.Text.RegularExpressions;

namespace Observatory.Etl.Contracts;

/// <summary>Hints used by <see cref="HeaderMatcher"/> to recognise a source (<c>detection:</c>).</summary>
public sealed record ContractDetection
{
    /// <summary>Regex of the data sheet name (xlsx).</summary>
    public Regex? Sheet { get; init; }

    /// <summary>Regex of the file name.</summary>
    public Regex? File { get; init; }

    /// <summary>Headers that must all be present (compared normalised).</summary>
    public IReadOnlyList<string> RequiredHeaders { get; init; } = [];

    /// <summary>Regexes that must each match at least one header.</summary>
    public IReadOnlyList<Regex> RequiredPatterns { get; init; } = [];

    /// <summary>Regex of the raw first line (headerless formats).</summary>
    public Regex? FirstLine { get; init; }

    public IReadOnlyList<string> RecordTags { get; init; } = [];
}
