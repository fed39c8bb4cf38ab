using System.Text;
using Observatory.Etl.Reading;

namespace Observatory.Etl.Tests.Reading;

public sealed class CsvFileReaderTests
{
    private static readonly CsvDialect Utf8Semicolon = new(TextEncoding.Utf8, ';');
    private static readonly CsvDialect Latin1Semicolon = new(TextEncoding.Latin1, ';');

    private static List<RawRow> Read(byte[] bytes, CsvDialect dialect)
    {
        using var stream = new MemoryStream(bytes);
        return CsvFileReader.Read(stream, "test.csv", dialect).ToList();
    }

    [Fact]
    public void Read_Utf8WithBomAndCrLf_SplitsFieldsAndStripsBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Département;Métier\r\n01;Aide-soignant\r\n")).ToArray();

        var rows = Read(bytes, Utf8Semicolon);

        Assert.Equal(2, rows.Count);
        Assert.Equal(["Département", "Métier"], rows[0].Cells);
        Assert.Equal(["01", "Aide-soignant"], rows[1].Cells);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public void Read_QuotedFieldSpanningLines_KeepsRecordStartLine()
    {
        var text = "a;b\n1;\"deux\nlignes\"\n3;\"x;\"\"y\"\"\"\n";

        var rows = Read(Encoding.UTF8.GetBytes(text), Utf8Semicolon);

        Assert.Equal(3, rows.Count);
        Assert.Equal("deux\nlignes", rows[1][1]);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal("x;\"y\"", rows[2][1]);
        Assert.Equal(4, rows[2].Line);
    }

    [Fact]
    public void Read_BlankLines_AreNotRecordsButCountInLineNumbers()
    {
        var rows = Read(Encoding.UTF8.GetBytes("h\n\nv1\n\n\nv2"), Utf8Semicolon);

        Assert.Equal([1, 3, 6], rows.Select(r => r.Line));
    }

    [Fact]
    public void Read_Latin1BytesDeclaredUtf8_ThrowsEncodingMismatchAtLineAndColumn()
    {
        var bytes = Encoding.Latin1.GetBytes("nom;ville\nAS;Bourg-en-Bresse\nES;Besançon\n");

        var ex = Assert.Throws<SourceFileException>(() => Read(bytes, Utf8Semicolon));

        Assert.Equal(ReadIssueCodes.EncodingMismatch, ex.Code);
        Assert.Equal(3, ex.Line);
        Assert.Equal(9, ex.Column);
        Assert.Contains("0xE7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8TextDeclaredLatin1_ThrowsEncodingMismatch()
    {
        var bytes = Encoding.UTF8.GetBytes("structureet;010000024;EHPAD Les Édelweiss\n");

        var ex = Assert.Throws<SourceFileException>(() => Read(bytes, Latin1Semicolon));

        Assert.Equal(ReadIssueCodes.EncodingMismatch, ex.Code);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Read_Latin1Declared_DecodesAccents()
    {
        var rows = Read(Encoding.Latin1.GetBytes("structureet;EHPAD Les Édelweiss;Besançon\n"), Latin1Semicolon);

        Assert.Equal("EHPAD Les Édelweiss", rows[0][1]);
        Assert.Equal("Besançon", rows[0][2]);
    }

    [Fact]
    public void Read_UnterminatedQuote_ThrowsWithOpeningLine()
    {
        var ex = Assert.Throws<SourceFileException>(() => Read(Encoding.UTF8.GetBytes("a;b\n1;\"open\n2;3\n"), Utf8Semicolon));

        Assert.Equal(ReadIssueCodes.UnterminatedQuote, ex.Code);
        Assert.Equal(2, ex.Line);
    }
}
