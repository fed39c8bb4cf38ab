namespace Observatory.GraphQL.Language.Tests;

public class LexerTests
{
    private static Token LexOne(string text)
    {
        var lexer = new Lexer(new Source(text));
        return lexer.Advance();
    }

    private static GraphQLSyntaxException LexError(string text) =>
        Assert.Throws<GraphQLSyntaxException>(() =>
        {
            var lexer = new Lexer(new Source(text));
            while (lexer.Advance().Kind != TokenKind.EndOfFile)
            {
            }
        });

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    public void Advance_Punctuator_ReturnsItsKind(string text, TokenKind expected)
    {
        var token = LexOne(text);
        Assert.Equal(expected, token.Kind);
        Assert.Equal(text.Length, token.End);
        Assert.Null(token.Value);
    }

    [Fact]
    public void Advance_IgnoredTokens_SkipsBomWhitespaceCommasAndComments()
    {
        var token = LexOne("\uFEFF \t,,# a comment\r\n  # another\n\r  foo");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("foo", token.Value);
        Assert.Equal(4, token.Line);
        Assert.Equal(3, token.Column);
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\r\rb", 3, 1)]
    [InlineData("a\n\r\nb", 3, 1)]
    public void Advance_LineTerminators_CountLines(string text, int line, int column)
    {
        var lexer = new Lexer(new Source(text));
        lexer.Advance();
        var second = lexer.Advance();
        Assert.Equal("b", second.Value);
        Assert.Equal(line, second.Line);
        Assert.Equal(column, second.Column);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("-42", TokenKind.Int)]
    [InlineData("123456789012345678901234567890", TokenKind.Int)]
    [InlineData("0.5", TokenKind.Float)]
    [InlineData("-0.0", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E-10", TokenKind.Float)]
    [InlineData("1.5e+3", TokenKind.Float)]
    [InlineData("0e0", TokenKind.Float)]
    public void Advance_ValidNumber_KeepsLiteralText(string text, TokenKind kind)
    {
        var token = LexOne(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Theory]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData(".5", "Unexpected character: \".\".", 1)]
    [InlineData("0x1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1ea", "Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("- 1", "Invalid number, expected digit but got: \" \".", 2)]
    [InlineData("1.a", "Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 2)]
    public void Advance_InvalidNumber_Throws(string text, string message, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"braced \\u{1234}\\u{00000041}\"", "braced \u1234A")]
    [InlineData("\"emoji \\u{1F600}\"", "emoji \U0001F600")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"raw \U0001F600\"", "raw \U0001F600")]
    [InlineData("\"max \\u{10FFFF}\"", "max \U0010FFFF")]
    public void Advance_String_CooksEscapes(string text, string expected)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"no end", "Unterminated string.", 8)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 6)]
    [InlineData("\"bad \\u{DBFF} esc\"", "Invalid Unicode escape sequence: \"\\u{DBFF}\".", 6)]
    [InlineData("\"bad \\u{12G} esc\"", "Invalid Unicode escape sequence: \"\\u{12G\".", 6)]
    [InlineData("\"lone \\uD83D esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 7)]
    [InlineData("\"lone \\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 7)]
    [InlineData("\"swapped \\uDE00\\uD83D\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 10)]
    public void Advance_InvalidString_Throws(string text, string message, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Advance_BlockString_DedentsAndUnescapesTripleQuotes()
    {
        var token = LexOne("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      \\\"\"\"GraphQL.\n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  \"\"\"GraphQL.", token.Value);
    }

    [Fact]
    public void Advance_AfterBlockString_TracksLines()
    {
        var lexer = new Lexer(new Source("\"\"\"a\r\nb\rc\n\"\"\" next"));
        var block = lexer.Advance();
        var next = lexer.Advance();
        Assert.Equal("a\nb\nc", block.Value);
        Assert.Equal((1, 1), (block.Line, block.Column));
        Assert.Equal((4, 5), (next.Line, next.Column));
    }

    [Fact]
    public void Advance_UnterminatedBlockString_ThrowsAtEnd()
    {
        var error = LexError("\"\"\"\nabc\n  ");
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal((3, 3), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\u00AA", "Unexpected character: U+00AA.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("..", "Unexpected character: \".\".")]
    public void Advance_UnexpectedCharacter_Throws(string text, string message)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    // Lone surrogates are built in code: xunit would replace them with U+FFFD when serializing InlineData.
    [Fact]
    public void Advance_LoneSurrogateInString_Throws()
    {
        var error = LexError("\"raw " + '\uD83D' + " esc\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D83D.", error.Message);
        Assert.Equal(6, error.Column);
    }

    [Fact]
    public void Advance_LoneSurrogate_Throws()
    {
        var error = LexError(" " + '\uDE00');
        Assert.Equal("Syntax Error: Invalid character: U+DE00.", error.Message);
        Assert.Equal(2, error.Column);
    }

    [Fact]
    public void Advance_ErrorAfterLines_ReportsLineAndColumn()
    {
        var error = LexError("\n\n    ?\n");
        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.Equal(Source.DefaultName, error.SourceName);
    }

    [Fact]
    public void Advance_SurrogatePair_CountsTwoColumns()
    {
        var lexer = new Lexer(new Source("\"\U0001F600\" x"));
        lexer.Advance();
        var name = lexer.Advance();
        Assert.Equal(6, name.Column);
    }

    [Fact]
    public void Lookahead_DoesNotMove()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal("a", lexer.LastToken.Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }
}
