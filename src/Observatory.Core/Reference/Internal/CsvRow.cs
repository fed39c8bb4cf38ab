using System.Globalization;

namespace Observatory.Core.Reference.Internal;

/// <summary>One data row of a <see cref="CsvTable"/>, with typed, located accessors.</summary>
internal sealed class CsvRow(CsvTable table, int line, string[] fields)
{
    public int Line { get; } = line;

    /// <summary>The trimmed text of a column (empty allowed).</summary>
    public string Text(string column) => fields[table.IndexOf(column, Line)].Trim();

    /// <summary>The trimmed text, or null when the column is absent or the cell empty.</summary>
    public string? OptionalText(string column)
    {
        if (!table.HasColumn(column))
        {
            return null;
        }

        var text = Text(column);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The trimmed text, which must not be empty.</summary>
    public string Required(string column)
    {
        var text = Text(column);
        return text.Length > 0 ? text : throw Error($"column '{column}' is empty");
    }

    public bool Boolean(string column) => Required(column) switch
    {
        "true" => true,
        "false" => false,
        var other => throw Error($"column '{column}' is '{other}', expected true or false"),
    };

    public double Number(string column)
    {
        var text = Required(column);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"column '{column}' is '{text}', expected a number");
    }

    public int Integer(string column)
    {
        var text = Required(column);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"column '{column}' is '{text}', expected an integer");
    }

    public int? OptionalInteger(string column) => OptionalText(column) is null ? null : Integer(column);

    public ReferenceDataException Error(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{table.Path}:{Line}: {what}."));
}
