using Observatory.DuckDb;

namespace Observatory.Cli.Output;

/// <summary>
/// Prints a result as RFC 4180 CSV: a header row, comma separators, CRLF-free LF line ends,
/// fields quoted when they hold a comma, quote or line break; SQL NULL is an empty field and
/// values are rendered exactly as DuckDB renders them.
/// </summary>
internal static class CsvTableWriter
{
    public static void Write(QueryTable table, TextWriter output)
    {
        output.WriteLine(string.Join(',', table.Names.Select(Escape)));
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join(',', row.Select(v => v is null ? string.Empty : Escape(DuckDbValueFormatter.Format(v) ?? string.Empty))));
        }
    }

    private static string Escape(string field)
    {
        var needsQuotes = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        return needsQuotes ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
