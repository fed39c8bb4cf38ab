using System.Text;
using Observatory.Etl.Bulk;
using Observatory.Etl.Reading;
using Observatory.Etl.Tests.Ingest;

namespace Observatory.Etl.Tests.Bulk;

/// <summary>
/// The C# scan of a plain CSV gives, for every record, the text of every cell (through its code),
/// whatever the segment size, line ending, encoding or last line; it numbers texts densely with exact
/// counts, uses the narrowest code width, and gives up on a cell with too many texts.
/// </summary>
public sealed class CsvCellScannerTests : IDisposable
{
    private readonly TempHome _temp = new();

    public static TheoryData<string, bool, bool> Layouts() => new()
    {
        { "\n", true, false },
        { "\r\n", true, true },
        { "\n", false, true },
        { "\r\n", false, false },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Scan_AnySegmentSize_EveryCellReadsBackItsText(string newline, bool finalNewline, bool latin1)
    {
        var records = Enumerable.Range(0, 500)
            .Select(i => new[] { "DEP", (i / 37).ToString("00", System.Globalization.CultureInfo.InvariantCulture), i % 5 == 0 ? string.Empty : $"Métier {i % 41}", (i * 7 % 300).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
        var text = "a;b;c;d" + newline + string.Join(newline, records.Select(r => string.Join(';', r))) + (finalNewline ? newline : string.Empty);
        var encoding = latin1 ? Encoding.Latin1 : new UTF8Encoding(true);
        var path = _temp.WriteInput("scan.csv", text, encoding);
        var dialect = new CsvDialect(latin1 ? TextEncoding.Latin1 : TextEncoding.Utf8, ';');
        var shape = CsvShapeCheck.Inspect(path, dialect);
        Assert.NotNull(shape);

        foreach (var segmentBytes in new[] { 1, 50, 977, 1 << 20 })
        {
            var scanned = CsvCellScanner.Scan(path, dialect, shape, maxDistinct: 1000, segmentBytes);
            Assert.NotNull(scanned);
            Assert.Equal(records.Count, scanned.Rows);
            for (var cell = 0; cell < 4; cell++)
            {
                var codes = Codes(scanned.Codes[cell]);
                var expected = records.Select(r => r[cell]).ToList();
                Assert.Equal(expected, codes.Select(code => scanned.Texts[cell][code]));
                Assert.Equal(expected.Distinct().Count(), scanned.Texts[cell].Length);
                Assert.Equal(scanned.Texts[cell].Length, scanned.Texts[cell].Distinct().Count());
                for (var code = 0; code < scanned.Texts[cell].Length; code++)
                {
                    Assert.Equal(expected.Count(e => e == scanned.Texts[cell][code]), scanned.Counts[cell][code]);
                }
            }

            Assert.IsType<byte[]>(scanned.Codes[0]);
            Assert.IsType<ushort[]>(scanned.Codes[3]); // 300 texts: more than a byte can number
        }
    }

    [Fact]
    public void Scan_CellWithMoreTextsThanAllowed_ReturnsNull()
    {
        var text = "a;b\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"x;{i}\n"));
        var path = _temp.WriteInput("many.csv", text);
        var dialect = new CsvDialect(TextEncoding.Utf8, ';');
        var shape = CsvShapeCheck.Inspect(path, dialect)!;

        Assert.Null(CsvCellScanner.Scan(path, dialect, shape, maxDistinct: 99, segmentBytes: 64));
        Assert.NotNull(CsvCellScanner.Scan(path, dialect, shape, maxDistinct: 100, segmentBytes: 64));
    }

    [Fact]
    public void ByteStringTable_ManyStrings_KeepsCodesAndCountsThroughRehashes()
    {
        var table = new ByteStringTable();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 10_000; i++)
            {
                var code = table.Add(Encoding.UTF8.GetBytes("value-" + i));
                Assert.Equal(i, code);
            }
        }

        table.Increment(7);
        Assert.Equal(10_000, table.Count);
        Assert.Equal(4, table.CountOf(7));
        Assert.Equal(3, table.CountOf(9_999));
        Assert.Equal("value-1234", Encoding.UTF8.GetString(table[1234]));
        Assert.Equal(10_000, table.Add([]));
        Assert.Equal(10_000, table.Add(ReadOnlySpan<byte>.Empty));
        Assert.Equal(2, table.CountOf(10_000));
    }

    public void Dispose() => _temp.Dispose();

    private static int[] Codes(Array codes) => codes switch
    {
        byte[] b => [.. b.Select(x => (int)x)],
        ushort[] u => [.. u.Select(x => (int)x)],
        uint[] w => [.. w.Select(x => (int)x)],
        _ => throw new InvalidOperationException(codes.GetType().Name),
    };
}
