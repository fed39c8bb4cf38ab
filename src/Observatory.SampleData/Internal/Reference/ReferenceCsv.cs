using System.Text;

namespace Observatory.SampleData.Internal.Reference;

/// <summary>
/// Minimal reader for the reference code lists of <c>schemas/reference</c>: UTF-8 (BOM optional), delimiter
/// <c>,</c> or <c>;</c> detected on the header line, double-quoted fields, one record per line.
/// Columns are looked up by name (trimmed, case-insensitive) so that column order does not matter.
/// </summary>
internal sealed class ReferenceCsv
{
    private readonly Dictionary<string, int> _columns;

    private ReferenceCsv(string path, IReadOnlyList<string> header, IReadOnlyList<string[]> records)
    {
        Path = path;
        Header = header;
        Records = records;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Records { get; }

    public static ReferenceCsv Load(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var lines = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        if (lines.Count == 0)
        {
            throw new InvalidDataException($"Reference list '{path}' is empty.");
        }

        var delimiter = lines[0].Count(c => c == ';') > lines[0].Count(c => c == ',') ? ';' : ',';
        var header = Split(lines[0], delimiter);
        var records = lines.Skip(1).Select(l => Split(l, delimiter)).ToList();
        return new ReferenceCsv(path, header, records);
    }

    /// <summary>Index of the first column whose name is one of <paramref name="names"/>, or -1.</summary>
    public int IndexOf(params string[] names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Index of a mandatory column; throws naming the file and the candidates when absent.</summary>
    public int Require(params string[] names)
    {
        var index = IndexOf(names);
        return index >= 0
            ? index
            : throw new InvalidDataException(
                $"Reference list '{Path}' has none of the columns [{string.Join(", ", names)}]; header is [{string.Join(", ", Header)}].");
    }

    public static string Field(string[] record, int index) =>
        index >= 0 && index < record.Length ? record[index].Trim() : string.Empty;

    private static string[] Split(string line, char delimiter)
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
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
