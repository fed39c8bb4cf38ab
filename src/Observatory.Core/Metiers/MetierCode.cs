using Observatory.Core.Text;

namespace Observatory.Core.Metiers;

/// <summary>
/// An observatory métier code (DATA-SOURCES §14): stable internal code, independent of the ROME,
/// FAP and PCS nomenclature versions. Parsing checks the syntax and upper-cases; whether the code
/// is one of <see cref="Known"/> is a separate question (<see cref="IsKnown"/>).
/// </summary>
public readonly record struct MetierCode
{
    /// <summary>The 19 métiers of the observatory, in the order of §14.</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        "AS", "AES", "ADVF", "TISF", "ES", "ME", "EJE", "ASS", "CESF", "AP",
        "ASSFAM", "ASSMAT", "ASH", "ETS", "IDE", "MEDFAM", "MJPM", "RSAD", "CADSE",
    ];

    private MetierCode(string value) => Value = value;

    public string Value { get; }

    public bool IsKnown => Known.Contains(Value, StringComparer.Ordinal);

    public static ParseResult<MetierCode> Parse(string? text)
    {
        var input = text ?? string.Empty;
        var s = input.Trim().ToUpperInvariant();
        if (s.Length == 0)
        {
            return ParseResult<MetierCode>.ForError(ErrorMessages.Empty, input);
        }

        return s.Length is >= 2 and <= 6 && s.All(char.IsAsciiLetterUpper)
            ? ParseResult<MetierCode>.ForValue(new MetierCode(s), input)
            : ParseResult<MetierCode>.ForError(
                ErrorMessages.Format(ErrorMessages.MetierInvalid, input), input);
    }

    public static MetierCode From(string text) => Parse(text).GetValueOrThrow();

    public override string ToString() => Value ?? string.Empty;
}
