using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests.Internal;

public class XlsxWriterTests
{
    private static byte[] Sample()
    {
        var description = new SheetContent("Description_des_variables");
        description.Add("Variable", "Description");
        var data = new SheetContent("Données");
        data.Add("code métier BMO ", "Dept", "met", "date");
        data.Add("T2A60", 1, "*", SheetCell.Of(new DateOnly(2024, 3, 1)));
        return XlsxWriter.Write([description, data], "France Travail");
    }

    [Fact]
    public void Write_SameContentTwice_IdenticalBytes()
    {
        Assert.Equal(Sample(), Sample());
    }

    [Fact]
    public void Write_Workbook_PassesOpenXmlValidation()
    {
        using var stream = new MemoryStream(Sample());
        using var document = SpreadsheetDocument.Open(stream, false);

        var errors = new OpenXmlValidator().Validate(document).ToList();

        Assert.Empty(errors);
        Assert.Equal("France Travail", document.PackageProperties.Creator);
        Assert.Equal(XlsxWriter.FixedTimestamp, document.PackageProperties.Created?.ToUniversalTime());
    }

    [Fact]
    public void Write_Cells_KeepTypesAndTrailingSpaces()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Sample());

            var rows = XlsxTestReader.ReadSheet(path, "Données");

            Assert.Equal("code métier BMO ", rows[0][0].Text);
            Assert.Equal(new ReadCell("1", IsNumber: true), rows[1][1]);
            Assert.Equal(new ReadCell("*", IsNumber: false), rows[1][2]);
            Assert.Equal("45352", rows[1][3].Text);
            Assert.Equal(["Description_des_variables", "Données"], XlsxTestReader.SheetNames(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_Index_ExcelLetters(int index, string expected)
    {
        Assert.Equal(expected, XlsxWriter.ColumnName(index));
    }
}
