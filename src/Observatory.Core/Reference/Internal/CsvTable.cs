using System.Globalization;
using System.Text;

namespace Observatory.Core.Reference.Internal;

/// <summary>
/// A reference CSV read whole: UTF-8 (BOM tolerated), comma-delimited, RFC 4180 quotes, header
/// row. Columns are looked up by exact header name; every error names the file and line.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, string[] header, List<(int Line, string[] Fields)> rows)
    {
        Path = path;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!_columns.TryAdd(header[i], i))
            {
                throw new ReferenceDataException($"{path}:1: duplicate column '{header[i]}'.");
            }
        }

        Rows = [.. rows.Select(r => new CsvRow(this, r.Line, r.Fields))];
    }

    public string Path { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReferenceDataException($"Reference file '{path}' does not exist.");
        }

        var lines = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').Split('\n');
        string[]? header = null;
        var rows = new List<(int, string[])>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line, path, i + 1);
            if (header is null)
            {
                header = fields;
            }
            else if (fields.Length != header.Length)
            {
                throw new ReferenceDataException(
                    $"{path}:{i + 1}: {fields.Length} fields, the header has {header.Length}.");
            }
            else
            {
                rows.Add((i + 1, fields));
            }
        }

        return header is null
            ? throw new ReferenceDataException($"Reference file '{path}' is empty.")
            : new CsvTable(path, header, rows);
    }

    internal int IndexOf(string column, int line) =>
        _columns.TryGetValue(column, out var index)
            ? index
            : throw new ReferenceDataException($"{Path}:{line}: missing column '{column}'.");

    internal bool HasColumn(string column) => _columns.ContainsKey(column);

    private static string[] Split(string line, string path, int lineNumber)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"' && current.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new ReferenceDataException(
                string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: unterminated quoted field."));
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
