using System.Globalization;
using System.Text;
using Observatory.DuckDb;

namespace Observatory.Cli.Output;

/// <summary>
/// Prints a result as an aligned text table for a person at a terminal: values rendered as
/// DuckDB renders them (<c>x::VARCHAR</c>), NULL shown as <c>NULL</c>, numbers right-aligned.
/// </summary>
internal static class TextTableWriter
{
    private const int MaxCellWidth = 60;

    public static void Write(QueryTable table, TextWriter output)
    {
        var columnCount = table.Names.Count;
        var cells = table.Rows.Select(row => row.Select(Render).ToArray()).ToList();
        var widths = new int[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            widths[c] = Math.Max(table.Names[c].Length, table.TypeNames[c].Length);
            foreach (var row in cells)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        var numeric = table.Rows.Count > 0
            ? Enumerable.Range(0, columnCount).Select(c => table.Rows.All(r => r[c] is null || IsNumber(r[c]))).ToArray()
            : new bool[columnCount];

        WriteLine(output, table.Names, widths, new bool[columnCount]);
        WriteLine(output, table.TypeNames, widths, new bool[columnCount]);
        output.WriteLine(string.Join("─┼─", widths.Select(w => new string('─', w))).Insert(0, "─") + "─");
        foreach (var row in cells)
        {
            WriteLine(output, row, widths, numeric);
        }

        var count = table.Rows.Count;
        output.WriteLine(count == 1 ? "(1 ligne)" : string.Create(CultureInfo.InvariantCulture, $"({count} lignes)"));
    }

    private static void WriteLine(TextWriter output, IReadOnlyList<string> values, int[] widths, bool[] rightAlign)
    {
        var line = new StringBuilder();
        for (var c = 0; c < values.Count; c++)
        {
            line.Append(c == 0 ? " " : " │ ");
            line.Append(rightAlign[c] ? values[c].PadLeft(widths[c]) : values[c].PadRight(widths[c]));
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    private static string Render(object? value)
    {
        var text = value is null ? "NULL" : DuckDbValueFormatter.Format(value) ?? "NULL";
        text = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return text.Length > MaxCellWidth ? string.Concat(text.AsSpan(0, MaxCellWidth - 1), "…") : text;
    }

    private static bool IsNumber(object? value) => value is sbyte or byte or short or ushort or int or uint or long or ulong
        or Int128 or UInt128 or float or double or DuckDbDecimal;
}
