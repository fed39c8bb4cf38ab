namespace Observatory.GraphQL.Language.Tests;

public class SourceTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nbc", 3, 2, 2)]
    [InlineData("a\r\nbc", 3, 2, 1)]
    [InlineData("a\r\nbc", 2, 1, 3)]
    [InlineData("a\rbc", 2, 2, 1)]
    [InlineData("a\n\n", 3, 3, 1)]
    public void GetLineAndColumn_Offset_CountsLinesAndUtf16Columns(string body, int position, int line, int column) =>
        Assert.Equal((line, column), new Source(body).GetLineAndColumn(position));

    [Fact]
    public void Constructor_NoName_UsesGraphQLJsDefault() =>
        Assert.Equal("GraphQL request", new Source("{a}").Name);
}
