namespace Observatory.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into tokens, one at a time, skipping ignored tokens (whitespace, line
/// terminators, commas, the BOM and comments). Works on UTF-16 chars: offsets and columns are in code units.
/// Only names and cooked string/number values allocate.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private Token _lookahead;
    private bool _hasLookahead;

    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
        LastToken = Token;
    }

    public Source Source { get; }

    /// <summary>The current token (start of file before the first <see cref="Advance"/>).</summary>
    public Token Token { get; private set; }

    /// <summary>The token before <see cref="Token"/>; its end closes a node's location.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next token and returns it; at the end, keeps returning end of file.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        _hasLookahead = false;
        return Token;
    }

    /// <summary>The token after <see cref="Token"/>, without moving.</summary>
    public Token Lookahead()
    {
        if (!_hasLookahead)
        {
            _lookahead = Token.Kind == TokenKind.EndOfFile ? Token : ReadToken();
            _hasLookahead = true;
        }

        return _lookahead;
    }

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);

    private Token Make(TokenKind kind, int start, int end, string? value = null)
    {
        _position = end;
        return new Token(kind, start, end, _line, start - _lineStart + 1, value);
    }

    private Token ReadToken()
    {
        var body = _body;
        var position = _position;
        while (position < body.Length)
        {
            var c = body[position];
            switch (c)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < body.Length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return Make(TokenKind.Bang, position, position + 1);
                case '$':
                    return Make(TokenKind.Dollar, position, position + 1);
                case '&':
                    return Make(TokenKind.Amp, position, position + 1);
                case '(':
                    return Make(TokenKind.ParenL, position, position + 1);
                case ')':
                    return Make(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Make(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':':
                    return Make(TokenKind.Colon, position, position + 1);
                case '=':
                    return Make(TokenKind.Equals, position, position + 1);
                case '@':
                    return Make(TokenKind.At, position, position + 1);
                case '[':
                    return Make(TokenKind.BracketL, position, position + 1);
                case ']':
                    return Make(TokenKind.BracketR, position, position + 1);
                case '{':
                    return Make(TokenKind.BraceL, position, position + 1);
                case '|':
                    return Make(TokenKind.Pipe, position, position + 1);
                case '}':
                    return Make(TokenKind.BraceR, position, position + 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                default:
                    break;
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(c))
            {
                return ReadName(position);
            }

            throw Error(position, c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsSourceCharacterAt(position)
                    ? $"Unexpected character: {DescribeCharAt(position)}."
                    : $"Invalid character: {DescribeCharAt(position)}.");
        }

        return Make(TokenKind.EndOfFile, body.Length, body.Length);
    }

    /// <summary><c>Comment :: # CommentChar*</c>; returns the offset of the terminating line end (or invalid char).</summary>
    private int SkipComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var c = body[position];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary><c>Name :: NameStart NameContinue*</c></summary>
    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        return Make(TokenKind.Name, start, position, body.Substring(start, position - start));
    }

    private char CharAt(int position) => position < _body.Length ? _body[position] : '\0';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    private bool IsSurrogatePairAt(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    /// <summary>A Unicode scalar value, or a valid surrogate pair, starts at the offset.</summary>
    private bool IsSourceCharacterAt(int position) => !char.IsSurrogate(_body[position]) || IsSurrogatePairAt(position);

    /// <summary>graphql-js <c>printCodePointAt</c>: <c>"x"</c> for printable ASCII, else <c>U+XXXX</c>, or <c>&lt;EOF&gt;</c>.</summary>
    private string DescribeCharAt(int position)
    {
        if (position >= _body.Length)
        {
            return Token.Describe(TokenKind.EndOfFile);
        }

        int codePoint = IsSurrogatePairAt(position)
            ? char.ConvertToUtf32(_body[position], _body[position + 1])
            : _body[position];
        if (codePoint is >= 0x20 and <= 0x7E)
        {
            return codePoint == '"' ? "'\"'" : $"\"{(char)codePoint}\"";
        }

        return "U+" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
