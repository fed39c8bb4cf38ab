using System.Globalization;
using System.Text.RegularExpressions;

namespace Observatory.Etl.Contracts;

/// <summary>
/// One normalisation step of a column: <c>trim</c>, <c>upper</c>, <c>lower</c>, <c>strip_dots</c>,
/// <c>collapse_spaces</c> or <c>pad_left:&lt;n&gt;</c> (left-pads with zeros only values made of
/// digits, so <c>1</c> → <c>01</c> while <c>2A</c> and <c>971</c> are untouched).
/// </summary>
public sealed partial record NormalizeStep(string Kind, int Width)
{
    public static NormalizeStep? TryParse(string text)
    {
        var s = text.Trim();
        if (s is "trim" or "upper" or "lower" or "strip_dots" or "collapse_spaces")
        {
            return new NormalizeStep(s, 0);
        }

        var m = PadLeftRegex().Match(s);
        return m.Success ? new NormalizeStep("pad_left", int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) : null;
    }

    public string Apply(string value) => Kind switch
    {
        "trim" => value.Trim(),
        "upper" => value.ToUpperInvariant(),
        "lower" => value.ToLowerInvariant(),
        "strip_dots" => value.Replace(".", string.Empty, StringComparison.Ordinal),
        "collapse_spaces" => WhitespaceRegex().Replace(value, " "),
        _ => value.Length is > 0 && value.Length < Width && value.All(char.IsAsciiDigit) ? value.PadLeft(Width, '0') : value,
    };

    public override string ToString() => Kind == "pad_left" ? $"pad_left:{Width.ToString(CultureInfo.InvariantCulture)}" : Kind;

    [GeneratedRegex(@"^pad_left:([1-9])$")]
    private static partial Regex PadLeftRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
