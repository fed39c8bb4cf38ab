using System.Buffers;

namespace Observatory.DuckDb;

public static partial class DuckDbValueFormatter
{
    /// <summary>A string inside a LIST, STRUCT or MAP: quoted only when it would be ambiguous.</summary>
    private static string QuoteNested(string value)
    {
        var needsQuotes = value.Length == 0
            || string.Equals(value, "NULL", StringComparison.OrdinalIgnoreCase)
            || char.IsWhiteSpace(value[0])
            || char.IsWhiteSpace(value[^1])
            || value.AsSpan().IndexOfAny(SpecialCharacters) >= 0;
        return needsQuotes ? "'" + value.Replace("'", "\\'", StringComparison.Ordinal) + "'" : value;
    }

    /// <summary>A STRUCT field name: always single-quoted.</summary>
    private static string QuoteStructKey(string name) => "'" + name.Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static readonly SearchValues<char> SpecialCharacters = SearchValues.Create("[]{}(),:='\"");
}
