namespace Observatory.GraphQL.Language.Tests;

public class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   \n  \t \n", "")]
    [InlineData("single line", "single line")]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("  first line keeps its indent\n    second\n    third", "  first line keeps its indent\nsecond\nthird")]
    [InlineData("\n\n  a\n\n  b\n\n", "a\n\nb")]
    [InlineData("\r\n  windows\r\n    lines\r\n", "windows\n  lines")]
    [InlineData("\r  old mac\r  lines", "old mac\nlines")]
    [InlineData("\n\ta\n\t\tb", "a\n\tb")]
    [InlineData("\n  a\n b", " a\nb")]
    [InlineData("\n  a\n   \n  b", "a\n \nb")]
    public void Dedent_RawValue_FollowsBlockStringValue(string raw, string expected) =>
        Assert.Equal(expected, BlockString.Dedent(raw));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    public void Print_Value_ProducesGraphQLJsLayout(string value, string expected) =>
        Assert.Equal(expected, BlockString.Print(value));

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("two\nlines")]
    [InlineData("has \"\"\" inside and \\ slash")]
    [InlineData("ends with quote\"")]
    [InlineData("a\n\n  b\n")]
    [InlineData("x\n  \n y")]
    public void Print_ThenLex_RoundTrips(string value)
    {
        if (!BlockString.IsPrintable(value))
        {
            return;
        }

        var lexer = new Lexer(new Source(BlockString.Print(value)));
        Assert.Equal(value, lexer.Advance().Value);
    }

    [Theory]
    [InlineData("plain", true)]
    [InlineData("", true)]
    [InlineData("\nleading blank line", false)]
    [InlineData("trailing blank line\n", false)]
    [InlineData("  common\n  indent", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control \u0001 char", false)]
    [InlineData("tab\tis fine", true)]
    [InlineData("first\n  second", true)]
    public void IsPrintable_Value_DetectsValuesThatCannotRoundTrip(string value, bool expected) =>
        Assert.Equal(expected, BlockString.IsPrintable(value));
}
