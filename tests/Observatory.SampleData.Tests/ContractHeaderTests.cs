using System.Globalization;
using System.Text;
using Observatory.Core.Reference;
using Observatory.Etl.Contracts;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests;

/// <summary>Every generated (non-defective) file is recognised by the source contracts, as the right source and vintage.</summary>
[Collection(SampleCollection.Name)]
public class ContractHeaderTests(GeneratedSample sample)
{
    private static readonly Lazy<HeaderMatcher> Matcher = new(() => new HeaderMatcher(ContractCatalog.Load(SchemasDirectory.Locate())));

    public static TheoryData<string> Sources() => [.. SourceIds.All];

    [Theory]
    [MemberData(nameof(Sources))]
    public void GeneratedFiles_HeaderMatchesTheirContract(string sourceId)
    {
        var files = sample.FilesOf(sourceId).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var path = sample.PathOf(file.RelativePath);
            var (headers, sheet) = ReadHeader(path, sourceId);

            var match = Matcher.Value.Match(headers, sheet, Path.GetFileName(path));

            Assert.True(match.IsMatch, $"{file.RelativePath}: {match.Reason} missing [{string.Join(", ", match.MissingHeaders)}] unexpected [{string.Join(", ", match.UnexpectedHeaders)}]");
            Assert.Equal(sourceId, match.Contract.Id);
            if (sourceId != SourceIds.PlanActions)
            {
                // The action plan has no year in its name or headers: the ingest dates it otherwise.
                Assert.Equal(int.Parse(file.Vintage[..4], CultureInfo.InvariantCulture), match.Vintage);
            }
        }
    }

    [Fact]
    public void Bmo_EachVintage_MatchesTheVariantOfItsLayout()
    {
        var variants = sample.FilesOf(SourceIds.Bmo).ToDictionary(f => f.Vintage, f =>
        {
            var (headers, sheet) = ReadHeader(sample.PathOf(f.RelativePath), SourceIds.Bmo);
            return Matcher.Value.Match(headers, sheet, f.RelativePath).Variant.Id;
        });

        Assert.Equal("bmo-2019", variants["2021"]);
        Assert.Equal("bmo-2023", variants["2023"]);
        Assert.Equal("bmo-2024", variants["2025"]);
    }

    [Fact]
    public void Bmo_2026_HasClpeAndMatchesThe2026Variant()
    {
        var directory = Path.Combine(Path.GetTempPath(), "observatory-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var manifest = SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["40"], FirstYear = 2026, LastYear = 2026, OutputDirectory = directory });
            var file = manifest.Files.Single(f => f.SourceId == SourceIds.Bmo);
            var (headers, sheet) = ReadHeader(Path.Combine(directory, file.RelativePath), SourceIds.Bmo);

            var match = Matcher.Value.Match(headers, sheet, Path.GetFileName(file.RelativePath));

            Assert.Equal("bmo/Base-open-data-BMO-2026.xlsx", file.RelativePath);
            Assert.Contains("clpe", headers);
            Assert.True(match.IsMatch, match.Reason);
            Assert.Equal("bmo-2026", match.Variant.Id);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static (IReadOnlyList<string> Headers, string? Sheet) ReadHeader(string path, string sourceId)
    {
        if (path.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            var sheet = XlsxTestReader.SheetNames(path)[^1];
            return (XlsxTestReader.ReadSheet(path, sheet)[0].Select(c => c.Text).ToList(), sheet);
        }

        var encoding = sourceId == SourceIds.Finess ? Encoding.Latin1 : Encoding.UTF8;
        return (CsvTestReader.Lines(path, encoding)[0].Split(';'), null);
    }
}
