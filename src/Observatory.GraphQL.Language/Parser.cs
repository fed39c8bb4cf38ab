using System.Runtime.CompilerServices;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (September 2025 spec, Appendix C grammar): one method per
/// production, each headed by the production. Enforces <see cref="ParserOptions.MaxTokens"/> and
/// <see cref="ParserOptions.MaxDepth"/>; throws <see cref="GraphQLSyntaxException"/> with graphql-js messages.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    /// <summary>Parses an executable or type-system document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    /// <inheritdoc cref="Parse(string, ParserOptions?)"/>
    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal, variables allowed (graphql-js <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(static p => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses a single constant value literal (graphql-js <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(static p => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(static p => p.ParseTypeReference());

    private T ParseWhole<T>(Func<Parser, T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        var result = parse(this);
        ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    private Token Current => _lexer.Token;

    // ---- Token helpers -------------------------------------------------------------------------------------

    private void Advance()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token.Start, $"Document contains more that {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private bool PeekKeyword(string keyword) =>
        _lexer.Token.Kind == TokenKind.Name && string.Equals(_lexer.Token.Value, keyword, StringComparison.Ordinal);

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw Error(token.Start, $"Expected {Token.Describe(kind)}, found {token.Describe()}.");
        }

        Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            throw Error(Current.Start, $"Expected \"{keyword}\", found {Current.Describe()}.");
        }
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLSyntaxException Unexpected() => Unexpected(Current);

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLSyntaxException Error(int position, string description) => new(_lexer.Source, position, description);

    /// <summary>The location from <paramref name="start"/> to the end of the last consumed token.</summary>
    private Location? Loc(Token start) =>
        _options.NoLocation ? null : new Location(start.Start, _lexer.LastToken.End, start.Line, start.Column);

    /// <summary>Counts one nesting level before recursing; fails cleanly past <see cref="ParserOptions.MaxDepth"/>.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(Current.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.");
        }
    }

    private void ExitNesting() => _depth--;

    // ---- List helpers (graphql-js optionalMany / many / any / delimitedMany) ---------------------------------

    /// <summary><c>open item+ close</c> if the open token is present, else an empty list.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return [];
        }

        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return items;
    }

    /// <summary><c>open item+ close</c>.</summary>
    private List<T> Many<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return items;
    }

    /// <summary><c>open item* close</c>.</summary>
    private IReadOnlyList<T> Any<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        if (ExpectOptionalToken(close))
        {
            return [];
        }

        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return items;
    }

    /// <summary><c>delimiter? item (delimiter item)*</c>.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));
        return items;
    }
}
