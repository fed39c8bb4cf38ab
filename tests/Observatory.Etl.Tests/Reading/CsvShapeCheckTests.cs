using System.Text;
using Observatory.Etl.Reading;

namespace Observatory.Etl.Tests.Reading;

/// <summary>Only files the strict reader would split the same way as a plain delimiter split are declared plain.</summary>
public sealed class CsvShapeCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("obs-shape-").FullName;

    [Theory]
    [InlineData("a;b\n1;2\n3;4\n", 2L, "\\n")]
    [InlineData("a;b\r\n1;2\r\n3;4", 2L, "\\r\\n")]
    [InlineData("\uFEFFa;b\n1;é\n", 1L, "\\n")]
    public void Inspect_PlainFile_CountsRecordsAndLineEnding(string content, long records, string newLine)
    {
        var shape = CsvShapeCheck.Inspect(Write(content, new UTF8Encoding(false)), new CsvDialect(TextEncoding.Utf8, ';'));

        Assert.Equal(new CsvShape(records, 2, newLine), shape);
    }

    [Theory]
    [InlineData("a;b\n1;\"2\"\n")] // quotes
    [InlineData("a;b\n1;2\n\n3;4\n")] // blank line
    [InlineData("a;b\n1;2;3\n")] // ragged
    [InlineData("a;b\n1;2\r\n")] // mixed line endings
    [InlineData("a;b\n1\r;2\n")] // bare CR
    [InlineData("a;b\n")] // header only
    [InlineData("")] // empty
    public void Inspect_FileTheStrictReaderMustSee_IsNotPlain(string content)
    {
        Assert.Null(CsvShapeCheck.Inspect(Write(content, new UTF8Encoding(false)), new CsvDialect(TextEncoding.Utf8, ';')));
    }

    [Fact]
    public void Inspect_Latin1DeclaredUtf8_IsNotPlain()
    {
        Assert.Null(CsvShapeCheck.Inspect(Write("a;b\n1;Métier\n", Encoding.Latin1), new CsvDialect(TextEncoding.Utf8, ';')));
    }

    [Fact]
    public void Inspect_Utf8DeclaredLatin1_IsNotPlainButTrueLatin1Is()
    {
        Assert.Null(CsvShapeCheck.Inspect(Write("a;b\n1;Métier\n", new UTF8Encoding(false)), new CsvDialect(TextEncoding.Latin1, ';')));
        Assert.NotNull(CsvShapeCheck.Inspect(Write("a;b\n1;Métier\n", Encoding.Latin1), new CsvDialect(TextEncoding.Latin1, ';')));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string content, Encoding encoding)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content, encoding);
        return path;
    }
}
