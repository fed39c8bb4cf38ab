using System.Text;

namespace Observatory.GraphQL.Language;

public sealed partial class Lexer
{
    /// <summary>
    /// <c>StringValue :: " StringCharacter* "</c>, with <c>StringCharacter :: SourceCharacter but not " or \ or
    /// LineTerminator | \u EscapedUnicode | \ EscapedCharacter</c>. Allocates a builder only when escapes occur.
    /// </summary>
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? builder = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"')
            {
                string value;
                if (builder is null)
                {
                    value = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value = builder.Append(body, chunkStart, position - chunkStart).ToString();
                }

                return Make(TokenKind.String, start, position + 1, value);
            }

            if (c == '\\')
            {
                builder ??= new StringBuilder(position - start + 16);
                builder.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadVariableWidthUnicodeEscape(position, builder)
                        : ReadFixedWidthUnicodeEscape(position, builder)
                    : ReadEscapedCharacter(position, builder);
                chunkStart = position;
                continue;
            }

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
                throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary><c>EscapedUnicode :: { HexDigit+ }</c> (a scalar value); returns the escape's length.</summary>
    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder builder)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(builder, point);
                return size;
            }

            // Same 32-bit overflow behaviour as graphql-js: a sign bit set by the shift ends the escape.
            point = (point << 4) | HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        throw InvalidUnicodeEscape(position, size);
    }

    /// <summary>
    /// <c>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit</c>, where a leading surrogate must be followed by
    /// an escaped trailing surrogate; returns the escape's length (6 or 12).
    /// </summary>
    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder builder)
    {
        var code = ReadFourHexDigits(position + 2);
        if (code >= 0 && IsScalarValue(code))
        {
            builder.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = ReadFourHexDigits(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                builder.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw InvalidUnicodeEscape(position, 6);
    }

    /// <summary><c>EscapedCharacter :: one of " \ / b f n r t</c>; returns the escape's length (2).</summary>
    private int ReadEscapedCharacter(int position, StringBuilder builder)
    {
        var escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };
        if (escaped == '\0')
        {
            var text = _body.Substring(position, Math.Min(2, _body.Length - position));
            throw Error(position, $"Invalid character escape sequence: \"{text}\".");
        }

        builder.Append(escaped);
        return 2;
    }

    /// <summary>
    /// <c>BlockString :: """ BlockStringCharacter* """</c>; the value is <c>BlockStringValue(rawValue)</c>
    /// (see <see cref="BlockString.Dedent(ReadOnlySpan{char})"/>), with <c>\"""</c> unescaped in the raw value.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var line = _line;
        var lineStart = _lineStart;
        StringBuilder? raw = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                string value;
                if (raw is null)
                {
                    value = BlockString.Dedent(body.AsSpan(chunkStart, position - chunkStart));
                }
                else
                {
                    raw.Append(body, chunkStart, position - chunkStart);
                    value = BlockString.Dedent(raw.ToString());
                }

                var token = Make(TokenKind.BlockString, start, position + 3, value);
                _line = line;
                _lineStart = lineStart;
                return token;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                raw ??= new StringBuilder(position - start + 16);
                raw.Append(body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = position;
                continue;
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
                throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private GraphQLSyntaxException InvalidUnicodeEscape(int position, int size)
    {
        var text = _body.Substring(position, Math.Min(size, _body.Length - position));
        return Error(position, $"Invalid Unicode escape sequence: \"{text}\".");
    }

    private int ReadFourHexDigits(int position) =>
        (HexValue(CharAt(position)) << 12) | (HexValue(CharAt(position + 1)) << 8)
        | (HexValue(CharAt(position + 2)) << 4) | HexValue(CharAt(position + 3));

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsScalarValue(int point) => point is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static void AppendCodePoint(StringBuilder builder, int point)
    {
        if (point < 0x10000)
        {
            builder.Append((char)point);
        }
        else
        {
            var offset = point - 0x10000;
            builder.Append((char)(0xD800 + (offset >> 10))).Append((char)(0xDC00 + (offset & 0x3FF)));
        }
    }
}
