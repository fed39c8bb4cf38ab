using Observatory.Core.Reference;
using Observatory.Etl.Contracts;
using Observatory.Etl.Reading;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests;

/// <summary>The ETL's own readers read every generated file, row for row, and fail on the broken ones as the manifest says.</summary>
[Collection(SampleCollection.Name)]
public class EtlReaderCompatibilityTests(GeneratedSample sample)
{
    private static CsvDialect DialectOf(string sourceId) =>
        new(sourceId == SourceIds.Finess ? TextEncoding.Latin1 : TextEncoding.Utf8, ';');

    private static readonly Lazy<ContractCatalog> Contracts = new(() => ContractCatalog.Load(SchemasDirectory.Locate()));

    /// <summary>The manifest counts the data rows of every data sheet (one header row each): the last sheet, or all matching sheets.</summary>
    [Fact]
    public void XlsxWorkbook_ReadsEveryGeneratedWorkbookWithTheManifestRowCount()
    {
        foreach (var file in sample.Manifest.Files.Where(f => !f.IsDefective && f.RelativePath.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            var contract = Contracts.Value[file.SourceId];
            using var workbook = XlsxWorkbook.Open(sample.PathOf(file.RelativePath));
            var sheets = contract.AllMatchingSheets
                ? workbook.SheetNames.Where(n => contract.DataSheet!.IsMatch(n) && !contract.IgnoredSheets.Any(p => p.IsMatch(n))).ToList()
                : [workbook.SheetNames[^1]];

            Assert.Equal(file.Rows, sheets.Sum(sheet => workbook.ReadSheet(sheet).Count() - 1));
        }
    }

    [Fact]
    public void CsvFileReader_ReadsEveryGeneratedCsvWithTheManifestRowCount()
    {
        foreach (var file in sample.Manifest.Files.Where(f => !f.IsDefective && f.RelativePath.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var rows = CsvFileReader.Read(sample.PathOf(file.RelativePath), DialectOf(file.SourceId)).ToList();

            Assert.Equal(file.Rows + 1, rows.Count);
        }
    }

    [Fact]
    public void CsvFileReader_RowDefectsAtTheManifestLine()
    {
        foreach (var defect in sample.Manifest.Defects.Where(d => d.Line is not null && d.Value is not null))
        {
            var source = sample.Manifest.Files.Single(f => f.RelativePath == defect.RelativePath).SourceId;
            var rows = CsvFileReader.Read(sample.PathOf(defect.RelativePath), DialectOf(source)).ToList();
            var column = rows[0].Cells.ToList().IndexOf(defect.Column);

            Assert.Equal(defect.Value, rows.Single(r => r.Line == defect.Line)[column]);
        }
    }

    [Fact]
    public void Readers_FileLevelDefects_RaiseTheExpectedReason()
    {
        var corrupt = sample.Manifest.Defects.Single(d => d.ExpectedReason == DefectReasons.CorruptXlsx);
        var encoding = sample.Manifest.Defects.Single(d => d.ExpectedReason == DefectReasons.EncodingMismatch);

        var corruptError = Assert.Throws<SourceFileException>(() => XlsxWorkbook.Open(sample.PathOf(corrupt.RelativePath)).Dispose());
        var encodingError = Assert.Throws<SourceFileException>(() =>
            CsvFileReader.Read(sample.PathOf(encoding.RelativePath), new CsvDialect(TextEncoding.Utf8, ';')).ToList());

        Assert.Equal(DefectReasons.CorruptXlsx, corruptError.Code);
        Assert.Equal(DefectReasons.EncodingMismatch, encodingError.Code);
    }
}
