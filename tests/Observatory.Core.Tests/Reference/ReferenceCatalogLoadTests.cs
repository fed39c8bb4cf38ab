using Observatory.Core.Reference;

namespace Observatory.Core.Tests.Reference;

public sealed class ReferenceCatalogLoadTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>, IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("obs-ref-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Load_MalformedWeight_NamesFileAndLine()
    {
        var copy = CopyReference();
        var path = Path.Combine(copy, "reference", "xw_metier_rome.csv");
        var lines = File.ReadAllLines(path);
        lines[3] = lines[3].Replace(",1,", ",abc,", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceCatalog.Load(copy));

        Assert.Contains("xw_metier_rome.csv:4", e.Message, StringComparison.Ordinal);
        Assert.Contains("weight", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RowWithMissingField_NamesFileAndLine()
    {
        var copy = CopyReference();
        File.AppendAllText(Path.Combine(copy, "reference", "regions.csv"), "99,Nowhere\n");

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceCatalog.Load(copy));

        Assert.Contains("regions.csv:20", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuotedLabelWithComma_KeepsComma()
    {
        var entry = fixture.Catalog.PcsCodes.Single(c => c.Code == "563b");

        Assert.Equal("Aides à domicile, aides ménagères, travailleuses familiales", entry.Label);
    }

    [Fact]
    public void WalkUp_FindsSchemasAboveStart()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_temp, "schemas", "reference")).FullName;
        var deep = Directory.CreateDirectory(Path.Combine(_temp, "a", "b")).FullName;

        Assert.Equal(Path.GetDirectoryName(nested), SchemasDirectory.WalkUp(deep));
    }

    private string CopyReference()
    {
        var target = Path.Combine(_temp, "schemas");
        var refDir = Directory.CreateDirectory(Path.Combine(target, "reference")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(fixture.SchemasDir, "reference")))
        {
            File.Copy(file, Path.Combine(refDir, Path.GetFileName(file)));
        }

        return target;
    }
}
