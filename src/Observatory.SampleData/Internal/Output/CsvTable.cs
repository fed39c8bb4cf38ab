using System.Text;

namespace Observatory.SampleData.Internal.Output;

/// <summary>A delimited text file built line by line; knows the 1-based physical line of every record.</summary>
internal sealed class CsvTable
{
    private readonly List<string> _lines = [];
    private readonly char _delimiter;

    public CsvTable(char delimiter) => _delimiter = delimiter;

    /// <summary>Number of physical lines so far.</summary>
    public int LineCount => _lines.Count;

    /// <summary>Appends a record and returns its 1-based physical line number.</summary>
    public int Add(params string[] fields)
    {
        _lines.Add(Join(fields, _delimiter));
        return _lines.Count;
    }

    /// <summary>Appends a line written as is (no quoting).</summary>
    public int AddRaw(string line)
    {
        _lines.Add(line);
        return _lines.Count;
    }

    /// <summary>Replaces one field of an already written line (1-based line, 0-based field).</summary>
    public void ReplaceField(int line, int field, string value)
    {
        var parts = _lines[line - 1].Split(_delimiter);
        parts[field] = Quote(value, _delimiter);
        _lines[line - 1] = string.Join(_delimiter, parts);
    }

    public string GetLine(int line) => _lines[line - 1];

    /// <summary>
    /// The same records with another delimiter (fields re-quoted as needed). Lines are split on the current delimiter,
    /// so this is only for tables whose fields never contain it.
    /// </summary>
    public CsvTable WithDelimiter(char delimiter)
    {
        var copy = new CsvTable(delimiter);
        foreach (var line in _lines)
        {
            copy.Add(line.Split(_delimiter));
        }

        return copy;
    }

    public byte[] Encode(Encoding encoding, bool byteOrderMark, string newLine)
    {
        var text = new StringBuilder();
        foreach (var line in _lines)
        {
            text.Append(line).Append(newLine);
        }

        var body = encoding.GetBytes(text.ToString());
        if (!byteOrderMark)
        {
            return body;
        }

        var preamble = encoding.GetPreamble();
        var result = new byte[preamble.Length + body.Length];
        preamble.CopyTo(result, 0);
        body.CopyTo(result, preamble.Length);
        return result;
    }

    public static string Join(IEnumerable<string> fields, char delimiter) =>
        string.Join(delimiter, fields.Select(f => Quote(f, delimiter)));

    private static string Quote(string field, char delimiter)
    {
        if (field.IndexOfAny([delimiter, '"', '\n', '\r']) < 0)
        {
            return field;
        }

        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
