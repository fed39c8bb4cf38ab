using Observatory.Etl.Reading;

namespace Observatory.Etl.Tests.Reading;

public sealed class CellReferenceTests
{
    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("AB7", 27)]
    [InlineData("XFD1048576", 16383)]
    public void ColumnIndex_Reference_ReturnsZeroBasedIndex(string reference, int expected)
    {
        Assert.Equal(expected, CellReference.ColumnIndex(reference));
        Assert.Equal(reference.TrimEnd("0123456789".ToCharArray()), CellReference.ColumnName(expected));
    }
}
