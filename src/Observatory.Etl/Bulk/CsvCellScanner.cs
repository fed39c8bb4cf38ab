using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Observatory.Etl.Reading;

namespace Observatory.Etl.Bulk;

/// <summary>
/// Reads a plain CSV (<see cref="CsvShapeCheck"/>: no quotes, constant field count, one line ending)
/// once in C#, in segments of whole lines on one thread per core, and numbers the distinct texts of
/// every cell: the texts in code order with their row counts, and for each record (in file order)
/// the code of each of its cells, ready to be appended to DuckDB as ENUM columns. Returns null when a
/// cell has more than the allowed number of distinct texts (free text): that file takes the SQL path.
/// </summary>
internal static class CsvCellScanner
{
    /// <summary>Bytes per segment (whole lines added up to the next line end).</summary>
    private const int DefaultSegmentBytes = 32 << 20;

    public static ScannedCells? Scan(string path, CsvDialect dialect, CsvShape shape, int maxDistinct, int segmentBytes = DefaultSegmentBytes)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var segments = Segments(file, FirstRecordOffset(file), segmentBytes);
        var results = new SegmentResult?[segments.Count];
        var tooMany = false;
        Parallel.For(0, segments.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (s, state) =>
        {
            results[s] = ScanSegment(file, segments[s], shape, (byte)dialect.Delimiter, maxDistinct);
            if (results[s] is null)
            {
                tooMany = true;
                state.Stop();
            }
        });

        return tooMany ? null : Merge(results!, shape, dialect, maxDistinct);
    }

    /// <summary>Where the first record starts: after the BOM, if any, and the header line.</summary>
    private static long FirstRecordOffset(SafeFileHandle file)
    {
        var buffer = new byte[1 << 16];
        for (long offset = 0; ; offset += buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return offset + newline + 1;
            }

            if (read == 0)
            {
                throw new InvalidOperationException("The CSV has no record after its header line.");
            }
        }
    }

    /// <summary>Splits [start, end of file) into runs of whole lines of about <paramref name="segmentBytes"/>.</summary>
    private static List<(long Start, long End)> Segments(SafeFileHandle file, long start, int segmentBytes)
    {
        var length = RandomAccess.GetLength(file);
        var segments = new List<(long, long)>();
        var probe = new byte[1 << 16];
        while (start < length)
        {
            var end = Math.Min(length, start + segmentBytes);
            while (end < length)
            {
                var read = RandomAccess.Read(file, probe, end);
                var newline = probe.AsSpan(0, read).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    end += newline + 1;
                    break;
                }

                end += read;
            }

            segments.Add((start, end));
            start = end;
        }

        return segments;
    }

    private static SegmentResult? ScanSegment(SafeFileHandle file, (long Start, long End) segment, CsvShape shape, byte delimiter, int maxDistinct)
    {
        var length = checked((int)(segment.End - segment.Start));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var data = buffer.AsSpan(0, RandomAccess.Read(file, buffer.AsSpan(0, length), segment.Start));
            var fields = shape.Fields;
            var crlf = shape.NewLine == "\\r\\n";
            var rows = data.Count((byte)'\n') + (data.Length > 0 && data[^1] != (byte)'\n' ? 1 : 0);
            var tables = new ByteStringTable[fields];
            for (var c = 0; c < fields; c++)
            {
                tables[c] = new ByteStringTable();
            }

            var codes = GC.AllocateUninitializedArray<uint>(rows * fields);
            var at = 0;
            var pos = 0;

            // The previous record's field of each cell: publishers' files repeat a value over long
            // runs (a department, a type code), and comparing with it spares the hash lookup.
            var lastStart = new int[fields];
            var lastLength = new int[fields];
            var lastCode = new int[fields];
            Array.Fill(lastLength, -1);
            for (var row = 0; row < rows; row++)
            {
                var newline = data[pos..].IndexOf((byte)'\n');
                var end = newline < 0 ? data.Length : pos + newline;
                var next = end + 1;
                if (crlf && end > pos && data[end - 1] == (byte)'\r')
                {
                    end--;
                }

                var start = pos;
                for (var c = 0; c < fields; c++)
                {
                    var fieldEnd = end;
                    if (c < fields - 1)
                    {
                        var cut = data[start..end].IndexOf(delimiter);
                        if (cut < 0)
                        {
                            throw new InvalidOperationException($"A record has fewer than {fields} fields although the file was checked: it changed while being read.");
                        }

                        fieldEnd = start + cut;
                    }

                    var field = data[start..fieldEnd];
                    int code;
                    if (field.Length == lastLength[c] && field.SequenceEqual(data.Slice(lastStart[c], field.Length)))
                    {
                        code = lastCode[c];
                        tables[c].Increment(code);
                    }
                    else
                    {
                        code = tables[c].Add(field);
                        lastStart[c] = start;
                        lastLength[c] = field.Length;
                        lastCode[c] = code;
                    }

                    codes[at++] = (uint)code;
                    start = fieldEnd + 1;
                }

                pos = next;
            }

            return tables.Any(t => t.Count > maxDistinct) ? null : new SegmentResult(rows, tables, codes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Numbers the texts across segments (in segment order), then writes every record's global codes.</summary>
    private static ScannedCells? Merge(SegmentResult[] results, CsvShape shape, CsvDialect dialect, int maxDistinct)
    {
        var fields = shape.Fields;
        var global = new ByteStringTable[fields];
        var remaps = new int[results.Length][][];
        for (var c = 0; c < fields; c++)
        {
            global[c] = new ByteStringTable();
        }

        var offsets = new long[results.Length + 1];
        for (var s = 0; s < results.Length; s++)
        {
            offsets[s + 1] = offsets[s] + results[s].Rows;
            remaps[s] = new int[fields][];
            for (var c = 0; c < fields; c++)
            {
                var local = results[s].Tables[c];
                var remap = remaps[s][c] = new int[local.Count];
                for (var code = 0; code < local.Count; code++)
                {
                    remap[code] = global[c].Add(local[code], local.CountOf(code));
                }

                if (global[c].Count > maxDistinct)
                {
                    return null;
                }
            }
        }

        var rows = offsets[^1];
        if (rows != shape.Records)
        {
            throw new InvalidOperationException($"The scan found {rows} records where {shape.Records} lines were counted: the file changed while being read.");
        }

        var codes = global.Select(t => CodeArrays.Allocate(t.Count, checked((int)rows))).ToArray();
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            s => WriteCodes(results[s], remaps[s], codes, offsets[s]));

        var encoding = dialect.Encoding == TextEncoding.Utf8 ? Encoding.UTF8 : Encoding.Latin1;
        var texts = global.Select(t => Enumerable.Range(0, t.Count).Select(code => encoding.GetString(t[code])).ToArray()).ToArray();
        var counts = global.Select(t => Enumerable.Range(0, t.Count).Select(t.CountOf).ToArray()).ToArray();
        return new ScannedCells(checked((int)rows), texts, counts, codes);
    }

    private static void WriteCodes(SegmentResult result, int[][] remaps, Array[] codes, long offset)
    {
        for (var c = 0; c < remaps.Length; c++)
        {
            CodeArrays.Store(codes[c], (int)offset, result.Codes, remaps.Length, c, result.Rows, remaps[c]);
        }
    }

    private sealed record SegmentResult(int Rows, ByteStringTable[] Tables, uint[] Codes);
}

/// <summary>
/// A scanned plain CSV: per cell, its distinct texts (index = code) and their row counts, and the
/// code of every record's cell (<see cref="byte"/>, <see cref="ushort"/> or <see cref="uint"/> array by the number of texts).
/// </summary>
internal sealed record ScannedCells(int Rows, string[][] Texts, long[][] Counts, Array[] Codes);
