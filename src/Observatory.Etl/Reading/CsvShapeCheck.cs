using System.Text;
using System.Text.Unicode;

namespace Observatory.Etl.Reading;

/// <summary>
/// A fast streaming pass that tells whether a delimited file is "plain": a header line, then only
/// records of exactly the header's field count, no quote character, no blank line, no NUL byte, one
/// line ending throughout (LF or CRLF, no bare CR), and text that the strict
/// <see cref="CsvFileReader"/> decodes without error. On such a file any CSV reader splitting on the
/// delimiter sees the same cells as <see cref="CsvFileReader"/>, and record <c>i</c> (0-based) sits
/// on physical line <c>i + 2</c>. Anything else returns null: the file is left to the strict
/// reader, which reports problems with their line and column.
/// </summary>
public static class CsvShapeCheck
{
    private const int BufferSize = 1 << 22;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static CsvShape? Inspect(string path, CsvDialect dialect)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var state = new State(dialect);
        var buffer = new byte[BufferSize];
        var filled = 0;
        var first = true;
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            var end = filled + read;
            var start = 0;
            if (first && end > 0)
            {
                first = false;
                if (buffer.AsSpan(0, end).StartsWith(Utf8Bom))
                {
                    if (dialect.Encoding == TextEncoding.Latin1)
                    {
                        return null;
                    }

                    start = Utf8Bom.Length;
                }
            }

            if (read == 0)
            {
                if (end > start && !state.Lines(buffer.AsSpan(start, end - start), last: true))
                {
                    return null;
                }

                return state.Result();
            }

            var lastNewline = buffer.AsSpan(start, end - start).LastIndexOf((byte)'\n');
            if (lastNewline < 0)
            {
                if (end == buffer.Length)
                {
                    return null; // a line longer than the buffer: leave it to the strict reader
                }

                filled = end;
                continue;
            }

            var complete = start + lastNewline + 1;
            if (!state.Lines(buffer.AsSpan(start, complete - start), last: false))
            {
                return null;
            }

            filled = end - complete;
            buffer.AsSpan(complete, filled).CopyTo(buffer);
        }
    }

    private sealed class State(CsvDialect dialect)
    {
        private readonly byte _delimiter = (byte)dialect.Delimiter;
        private long _lines;
        private int _fields = -1;
        private bool? _crlf;

        /// <summary>Checks whole lines (each ending with LF, except maybe the last one of the file).</summary>
        public bool Lines(ReadOnlySpan<byte> chunk, bool last)
        {
            if (chunk.IndexOfAny((byte)'"', (byte)0) >= 0 || !Decodes(chunk))
            {
                return false;
            }

            while (chunk.Length > 0)
            {
                var newline = chunk.IndexOf((byte)'\n');
                if (newline < 0 && !last)
                {
                    return false;
                }

                var line = newline < 0 ? chunk : chunk[..newline];
                chunk = newline < 0 ? [] : chunk[(newline + 1)..];
                if (!Line(line, newline >= 0))
                {
                    return false;
                }
            }

            return true;
        }

        public CsvShape? Result() => _lines >= 2 && _fields > 0
            ? new CsvShape(_lines - 1, _fields, _crlf == true ? "\\r\\n" : "\\n")
            : null;

        private bool Line(ReadOnlySpan<byte> line, bool terminated)
        {
            var cr = line.IndexOf((byte)'\r');
            var crlf = cr >= 0;
            if (crlf)
            {
                if (cr != line.Length - 1 || !terminated)
                {
                    return false;
                }

                line = line[..cr];
            }

            if (terminated)
            {
                if (_crlf is { } known && known != crlf)
                {
                    return false;
                }

                _crlf = crlf;
            }

            if (line.IsEmpty)
            {
                return false;
            }

            var fields = line.Count(_delimiter) + 1;
            if (_fields < 0)
            {
                _fields = fields;
            }
            else if (fields != _fields)
            {
                return false;
            }

            _lines++;
            return true;
        }

        /// <summary>The strict reader's rules: valid UTF-8, or latin-1 with no line that is valid non-ASCII UTF-8.</summary>
        private bool Decodes(ReadOnlySpan<byte> chunk)
        {
            if (Ascii.IsValid(chunk))
            {
                return true;
            }

            if (dialect.Encoding == TextEncoding.Utf8)
            {
                return Utf8.IsValid(chunk);
            }

            while (chunk.Length > 0)
            {
                var newline = chunk.IndexOf((byte)'\n');
                var line = newline < 0 ? chunk : chunk[..newline];
                chunk = newline < 0 ? [] : chunk[(newline + 1)..];
                if (!Ascii.IsValid(line) && Utf8.IsValid(line))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>A plain delimited file: its data records (one per line after the header), fields per line and line ending (as a DuckDB string literal).</summary>
public sealed record CsvShape(long Records, int Fields, string NewLine);
