using System.Globalization;

namespace Observatory.Core.Text;

/// <summary>Developer-facing (English) message templates of the Core parsers, one per failure.</summary>
public static class ErrorMessages
{
    public const string Empty = "Value is empty.";
    public const string DepartmentInvalid = "'{0}' is not a department code (expected 01-95 except 20, 2A, 2B or 971-976).";
    public const string RegionInvalid = "'{0}' is not a region code (expected one or two digits).";
    public const string MetierInvalid = "'{0}' is not an observatory métier code (2 to 6 upper-case letters).";
    public const string PeriodInvalid = "'{0}' is not a period (expected YYYY or YYYYTq with q in 1-4).";
    public const string PeriodYearOutOfRange = "Year {0} is outside 1900-2100.";
    public const string ValueStatusInvalid = "'{0}' is not a value status (ok, rounded, provisional, imputed, partial, missing, secret).";
    public const string TerritoryInvalid = "'{0}' is not a valid {1} code.";
    public const string TerritoryTypeInvalid = "'{0}' is not a territory type (NAT, REG, DEP, BASBMO, COM).";

    /// <summary>Fills a template of this catalogue with invariant-culture arguments.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
