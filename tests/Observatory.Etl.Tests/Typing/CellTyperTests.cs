using Observatory.Core.Values;
using Observatory.Etl.Tests.Contracts;
using Observatory.Etl.Typing;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Tests.Typing;

public sealed class CellTyperTests(ContractFixture fixture) : IClassFixture<ContractFixture>
{
    [Theory]
    [InlineData("4,4", ',', "4.4")]
    [InlineData("4.4", ',', "4.4")]
    [InlineData("1 234,5", ',', "1234.5")]
    [InlineData("-2", '.', "-2")]
    public void ParseDecimal_PublisherText_ReadsTheNumber(string text, char separator, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberCellParser.ParseDecimal(text, separator).Value);

    [Theory]
    [InlineData("1,234", '.')]
    [InlineData("12x", ',')]
    [InlineData("1.5", ',')]
    public void ParseIntOrDecimal_Garbage_Fails(string text, char separator) =>
        Assert.False(separator == '.' ? NumberCellParser.ParseDecimal(text, separator).Success : NumberCellParser.ParseInt(text, separator).Success);

    [Theory]
    [InlineData("45292", "2024-01-01")]
    [InlineData("15/03/2024", "2024-03-15")]
    [InlineData("2024-03-15", "2024-03-15")]
    public void ParseDate_ExcelSerialOrPattern_ReadsTheDate(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateCellParser.Parse(text, "dd/MM/yyyy").Value);

    [Fact]
    public void Type_BmoRow_PadsDepartmentAndMasksSecretCount()
    {
        var layout = new ColumnLayout(fixture.Catalog["bmo"]);
        var record = new TypedRecord(2, layout.Count);
        record.RawValues[layout.IndexOf("department_code")] = "1";
        record.RawValues[layout.IndexOf("met")] = "*";
        record.RawValues[layout.IndexOf("xmet")] = "12";

        new CellTyper(layout).Type(record);

        Assert.Equal("01", record.Values[layout.IndexOf("department_code")]);
        Assert.Null(record.Values[layout.IndexOf("met")]);
        Assert.Equal(ValueStatus.Secret, record.Statuses[layout.IndexOf("met")]);
        Assert.Equal(12L, record.Values[layout.IndexOf("xmet")]);
        Assert.Equal(ValueStatus.Ok, record.Statuses[layout.IndexOf("xmet")]);
        Assert.Empty(record.Issues);
    }

    [Fact]
    public void Validate_XmetAboveMet_ReportsXmetGreaterThanMet()
    {
        var layout = new ColumnLayout(fixture.Catalog["bmo"]);
        var record = new TypedRecord(7, layout.Count);
        foreach (var (column, value) in new[] { ("vintage", "2024"), ("fap_version", "2021"), ("fap_code", "V4X83"), ("bassin_code", "0101"),
                     ("department_code", "01"), ("region_code", "84"), ("met", "10"), ("xmet", "12"), ("smet", "0") })
        {
            record.RawValues[layout.IndexOf(column)] = value;
        }

        new RowValidator(layout, fixture.Reference).Validate(record);

        Assert.True(record.HasError);
        Assert.Equal(EtlIssueCodes.XmetGreaterThanMet, record.PrimaryIssue!.Code);
        Assert.Equal("xmet", record.PrimaryIssue.Column);
    }
}
