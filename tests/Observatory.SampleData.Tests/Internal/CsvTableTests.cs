using System.Text;
using Observatory.SampleData.Internal.Output;

namespace Observatory.SampleData.Tests.Internal;

public class CsvTableTests
{
    [Fact]
    public void Add_ThreeRecords_ReturnsPhysicalLineNumbers()
    {
        var table = new CsvTable(';');

        Assert.Equal(1, table.Add("a", "b"));
        Assert.Equal(2, table.Add("1", "2"));
        Assert.Equal(3, table.AddRaw("x;y"));
    }

    [Fact]
    public void Encode_FieldWithDelimiterOrQuote_IsQuoted()
    {
        var table = new CsvTable(';');
        table.Add("plain", "a;b", "say \"hi\"");

        var text = Encoding.UTF8.GetString(table.Encode(new UTF8Encoding(false), byteOrderMark: false, "\n"));

        Assert.Equal("plain;\"a;b\";\"say \"\"hi\"\"\"\n", text);
    }

    [Fact]
    public void Encode_WithByteOrderMark_StartsWithUtf8Preamble()
    {
        var table = new CsvTable(';');
        table.Add("é");

        var bytes = table.Encode(new UTF8Encoding(true), byteOrderMark: true, "\r\n");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0x0D, 0x0A }, bytes);
    }

    [Fact]
    public void WithDelimiter_Comma_QuotesFieldsContainingCommas()
    {
        var table = new CsvTable(';');
        table.Add("J1501", "Soins d'hygiène, de confort du patient");

        var copy = table.WithDelimiter(',');

        Assert.Equal("J1501,\"Soins d'hygiène, de confort du patient\"", copy.GetLine(1));
    }

    [Fact]
    public void ReplaceField_SecondField_ChangesOnlyThatField()
    {
        var table = new CsvTable(';');
        table.Add("a", "b", "c");

        table.ReplaceField(1, 1, "-4");

        Assert.Equal("a;-4;c", table.GetLine(1));
    }
}
