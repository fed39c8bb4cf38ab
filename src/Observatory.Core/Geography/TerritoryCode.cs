using Observatory.Core.Text;

namespace Observatory.Core.Geography;

/// <summary>
/// A territory of any level with its normalised code: <c>FR</c>, a padded region or department
/// code, a 4-digit BMO bassin (<c>101</c> → <c>0101</c>) or a 5-character commune
/// (<c>1053</c> → <c>01053</c>, <c>2A004</c>).
/// </summary>
public readonly record struct TerritoryCode(TerritoryType Type, string Code)
{
    /// <summary>The France Travail / warehouse type code: NAT, REG, DEP, BASBMO, COM.</summary>
    public string TypeCode => Type switch
    {
        TerritoryType.Nation => "NAT",
        TerritoryType.Region => "REG",
        TerritoryType.Department => "DEP",
        TerritoryType.BmoBassin => "BASBMO",
        _ => "COM",
    };

    public static ParseResult<TerritoryCode> Parse(TerritoryType type, string? text)
    {
        var input = text ?? string.Empty;
        return type switch
        {
            TerritoryType.Department => DepartmentCode.Parse(input).Select(d => new TerritoryCode(type, d.Value)),
            TerritoryType.Region => RegionCode.Parse(input).Select(r => new TerritoryCode(type, r.Value)),
            TerritoryType.Nation => string.Equals(input.Trim(), "FR", StringComparison.OrdinalIgnoreCase)
                ? ParseResult<TerritoryCode>.ForValue(new TerritoryCode(type, "FR"), input)
                : Invalid(type, input),
            TerritoryType.BmoBassin => PadDigits(type, input, 4),
            _ => ParseCommune(input),
        };
    }

    /// <summary>Parses a France Travail type code (<c>DEP</c>, <c>REG</c>…) and a code.</summary>
    public static ParseResult<TerritoryCode> Parse(string? typeCode, string? text)
    {
        TerritoryType? type = (typeCode ?? string.Empty).Trim().ToUpperInvariant() switch
        {
            "NAT" => TerritoryType.Nation,
            "REG" => TerritoryType.Region,
            "DEP" => TerritoryType.Department,
            "BASBMO" => TerritoryType.BmoBassin,
            "COM" => TerritoryType.Commune,
            _ => null,
        };
        return type is { } t
            ? Parse(t, text)
            : ParseResult<TerritoryCode>.ForError(ErrorMessages.Format(ErrorMessages.TerritoryTypeInvalid, typeCode), text ?? string.Empty);
    }

    public override string ToString() => $"{TypeCode}:{Code}";

    private static ParseResult<TerritoryCode> PadDigits(TerritoryType type, string input, int width)
    {
        var s = input.Trim();
        return s.Length is > 0 && s.Length <= width && s.All(char.IsAsciiDigit)
            ? ParseResult<TerritoryCode>.ForValue(new TerritoryCode(type, s.PadLeft(width, '0')), input)
            : Invalid(type, input);
    }

    private static ParseResult<TerritoryCode> ParseCommune(string input)
    {
        var s = input.Trim().ToUpperInvariant();
        if (s.Length == 5 && (s.StartsWith("2A", StringComparison.Ordinal) || s.StartsWith("2B", StringComparison.Ordinal))
            && s[2..].All(char.IsAsciiDigit))
        {
            return ParseResult<TerritoryCode>.ForValue(new TerritoryCode(TerritoryType.Commune, s), input);
        }

        return PadDigits(TerritoryType.Commune, input, 5);
    }

    private static ParseResult<TerritoryCode> Invalid(TerritoryType type, string input) =>
        ParseResult<TerritoryCode>.ForError(
            ErrorMessages.Format(ErrorMessages.TerritoryInvalid, input, type), input);
}
