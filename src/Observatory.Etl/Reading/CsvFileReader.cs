using System.Text;

namespace Observatory.Etl.Reading;

/// <summary>
/// Reads a delimited text file (RFC 4180 quoting, fields may span lines) into raw rows, decoding
/// strictly in the declared encoding. Blank lines are not records. Each row carries the physical
/// line where its record starts.
/// </summary>
public static class CsvFileReader
{
    public static IEnumerable<RawRow> Read(string path, CsvDialect dialect)
    {
        using var stream = File.OpenRead(path);
        foreach (var row in Read(stream, path, dialect))
        {
            yield return row;
        }
    }

    public static IEnumerable<RawRow> Read(Stream stream, string path, CsvDialect dialect)
    {
        var lineNumber = 0;
        var fields = new List<string?>();
        var field = new StringBuilder();
        var inQuotes = false;
        var recordStart = 0;
        foreach (var bytes in ByteLineSplitter.Split(stream))
        {
            lineNumber++;
            var line = LineDecoder.Decode(bytes, lineNumber, dialect.Encoding, path);
            if (!inQuotes)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                recordStart = lineNumber;
            }
            else
            {
                field.Append('\n');
            }

            inQuotes = Tokenize(line, dialect.Delimiter, fields, field, inQuotes);
            if (!inQuotes)
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return new RawRow(recordStart, fields.ToArray());
                fields.Clear();
            }
        }

        if (inQuotes)
        {
            throw new SourceFileException(ReadIssueCodes.UnterminatedQuote, path,
                $"{path}:{recordStart}: a quoted field opened on line {recordStart} is never closed", recordStart);
        }
    }

    /// <summary>Consumes one line; returns whether a quoted field is still open at its end.</summary>
    private static bool Tokenize(string line, char delimiter, List<string?> fields, StringBuilder field, bool inQuotes)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (inQuotes)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else
            {
                field.Append(ch);
            }
        }

        return inQuotes;
    }
}
