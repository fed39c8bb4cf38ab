using System.Globalization;

namespace Observatory.Warehouse;

/// <summary>SQL text helpers for the few statements C# writes itself (loading, comments).</summary>
internal static class Sql
{
    /// <summary>A single-quoted literal, or <c>null</c>.</summary>
    public static string Literal(string? value) =>
        value is null ? "null" : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Literal(double? value) =>
        value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "null";

    public static string Literal(long? value) =>
        value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null";

    /// <summary>A double-quoted identifier.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A path as a literal, with forward slashes (DuckDB globs).</summary>
    public static string PathLiteral(string path) => Literal(path.Replace('\\', '/'));
}
