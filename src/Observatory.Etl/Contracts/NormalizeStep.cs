using System.Globalization;
using System.Text.RegularExpressions;

namespace Observatory.Etl.Contracts;

/// <summary>
/// One normalisation step of a column: <c>trim</c>, <c>upper</c>, <c>lower</c>, <c>strip_dots</c>,
/// <c>collapse_spaces</c>, <c>pad_left:&lt;n&gt;</c> (left-pads with zeros only values made of
/// digits, so <c>1</c> → <c>01</c> while <c>2A</c> and <c>971</c> are untouched) or <c>round:&lt;n&gt;</c>
/// (a number written with more decimals than the lake keeps, such as the XLSX double
/// <c>0.18771471242827951</c>, rounded half away from zero to n ≤ 6 decimals; any other text is left
/// for the typer to judge).
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
        if (m.Success)
        {
            return new NormalizeStep("pad_left", int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        var round = RoundRegex().Match(s);
        return round.Success ? new NormalizeStep("round", int.Parse(round.Groups[1].Value, CultureInfo.InvariantCulture)) : null;
    }

    public string Apply(string value) => Kind switch
    {
        "trim" => value.Trim(),
        "upper" => value.ToUpperInvariant(),
        "lower" => value.ToLowerInvariant(),
        "strip_dots" => value.Replace(".", string.Empty, StringComparison.Ordinal),
        "collapse_spaces" => WhitespaceRegex().Replace(value, " "),
        "round" => Round(value, Width),
        _ => value.Length is > 0 && value.Length < Width && value.All(char.IsAsciiDigit) ? value.PadLeft(Width, '0') : value,
    };

    public override string ToString() => Kind is "pad_left" or "round" ? $"{Kind}:{Width.ToString(CultureInfo.InvariantCulture)}" : Kind;

    private static string Round(string value, int decimals) =>
        decimal.TryParse(value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var number)
            ? decimal.Round(number, decimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)
            : value;

    [GeneratedRegex(@"^pad_left:([1-9])$")]
    private static partial Regex PadLeftRegex();

    [GeneratedRegex(@"^round:([0-6])$")]
    private static partial Regex RoundRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
