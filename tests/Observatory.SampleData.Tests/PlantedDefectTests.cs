using System.IO.Compression;
using System.Text;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests;

/// <summary>
/// Every defect listed in the manifest is really in the file, where the manifest says. That the ingest rejects it
/// with the expected reason is checked by the ingest tests, not here.
/// </summary>
[Collection(SampleCollection.Name)]
public class PlantedDefectTests(GeneratedSample sample)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Manifest_WithDefects_ListsEveryExpectedReason()
    {
        string[] reasons =
        [
            DefectReasons.EmptyFile, DefectReasons.HeaderOnly, DefectReasons.CorruptXlsx, DefectReasons.EncodingMismatch,
            DefectReasons.WrongDelimiter, DefectReasons.DuplicateKey, DefectReasons.NegativeCount, DefectReasons.XmetGreaterThanMet,
            DefectReasons.UnknownCode, DefectReasons.UnparseableNumber, DefectReasons.InconsistentValues,
        ];

        Assert.Equal(reasons.Order(), sample.Manifest.Defects.Select(d => d.ExpectedReason).Distinct().Order());
        Assert.All(sample.Manifest.Defects, d => Assert.Contains(sample.Manifest.Files, f => f.RelativePath == d.RelativePath));
    }

    [Fact]
    public void DefectiveFiles_AllUnderDefectsFolderAndFlagged()
    {
        var defective = sample.Manifest.Files.Where(f => f.IsDefective).ToList();

        Assert.Equal(5, defective.Count);
        Assert.All(defective, f => Assert.StartsWith("defects/", f.RelativePath, StringComparison.Ordinal));
        Assert.All(sample.Manifest.Files.Where(f => !f.IsDefective), f => Assert.False(f.RelativePath.StartsWith("defects/", StringComparison.Ordinal)));
    }

    [Fact]
    public void WholeFileDefects_PresentInTheBytes()
    {
        foreach (var defect in sample.Manifest.Defects.Where(d => d.Line is null && d.Row is null))
        {
            var bytes = File.ReadAllBytes(sample.PathOf(defect.RelativePath));
            switch (defect.ExpectedReason)
            {
                case DefectReasons.EmptyFile:
                    Assert.Empty(bytes);
                    break;
                case DefectReasons.HeaderOnly:
                    var lines = CsvTestReader.Lines(sample.PathOf(defect.RelativePath), Encoding.UTF8);
                    Assert.Single(lines);
                    Assert.StartsWith("codeTypeTerritoire;", lines[0], StringComparison.Ordinal);
                    break;
                case DefectReasons.CorruptXlsx:
                    Assert.Equal((byte)'P', bytes[0]);
                    Assert.ThrowsAny<InvalidDataException>(() =>
                    {
                        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                        return zip.Entries.Count;
                    });
                    break;
                case DefectReasons.EncodingMismatch:
                    Assert.Throws<DecoderFallbackException>(() => StrictUtf8.GetString(bytes));
                    Assert.Contains("Rhône", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
                    break;
                case DefectReasons.WrongDelimiter:
                    var header = CsvTestReader.Lines(sample.PathOf(defect.RelativePath), Encoding.UTF8)[0];
                    Assert.DoesNotContain(';', header);
                    Assert.StartsWith("codeTypeTerritoire,codeTerritoire,", header, StringComparison.Ordinal);
                    break;
                default:
                    Assert.Fail($"Unexpected whole-file defect {defect.ExpectedReason}");
                    break;
            }
        }
    }

    [Fact]
    public void CsvRowDefects_PresentAtTheListedLineAndColumn()
    {
        var defects = sample.Manifest.Defects.Where(d => d.Line is not null).ToList();

        Assert.Equal(4, defects.Count);
        foreach (var defect in defects)
        {
            var lines = CsvTestReader.Lines(sample.PathOf(defect.RelativePath), Encoding.UTF8);
            var line = lines[defect.Line!.Value - 1];
            if (defect.ExpectedReason == DefectReasons.DuplicateKey)
            {
                Assert.Equal(2, lines.Count(l => l == line));
                continue;
            }

            var column = Array.IndexOf(lines[0].Split(';'), defect.Column);
            Assert.True(column >= 0, defect.Column);
            Assert.Equal(defect.Value, line.Split(';')[column]);
        }
    }

    [Fact]
    public void XlsxRowDefects_PresentAtTheListedSheetRowAndColumn()
    {
        var defects = sample.Manifest.Defects.Where(d => d.Row is not null).ToList();

        Assert.Equal(4, defects.Count);
        foreach (var defect in defects)
        {
            var rows = XlsxTestReader.ReadSheet(sample.PathOf(defect.RelativePath), defect.Sheet!);
            var column = Array.FindIndex(rows[0], c => c.Text == defect.Column);
            Assert.True(column >= 0, defect.Column);
            Assert.Equal(defect.Value, rows[defect.Row!.Value - 1][column].Text);
        }
    }

    [Fact]
    public void XmetDefect_RowReallyHasXmetAboveMet()
    {
        var defect = sample.Manifest.Defects.Single(d => d.ExpectedReason == DefectReasons.XmetGreaterThanMet);
        var rows = XlsxTestReader.ReadSheet(sample.PathOf(defect.RelativePath), defect.Sheet!);
        var met = Array.FindIndex(rows[0], c => c.Text == "met");
        var xmet = Array.FindIndex(rows[0], c => c.Text == "xmet");
        var row = rows[defect.Row!.Value - 1];

        Assert.True(double.Parse(row[xmet].Text, System.Globalization.CultureInfo.InvariantCulture)
            > double.Parse(row[met].Text, System.Globalization.CultureInfo.InvariantCulture));
    }
}
