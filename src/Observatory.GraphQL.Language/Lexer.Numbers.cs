namespace Observatory.GraphQL.Language;

public sealed partial class Lexer
{
    /// <summary>
    /// <c>IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}]</c> and
    /// <c>FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, ., NameStart}]</c>,
    /// where <c>IntegerPart :: -? 0 | -? NonZeroDigit Digit*</c>.
    /// </summary>
    private Token ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        if (CharAt(position) == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (CharAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (CharAt(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        var next = CharAt(position);
        if (position < _body.Length && (next == '.' || IsNameStart(next)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    /// <summary><c>Digit+</c>; returns the offset after the last digit.</summary>
    private int ReadDigits(int start)
    {
        if (start >= _body.Length || !IsDigit(_body[start]))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCharAt(start)}.");
        }

        var position = start + 1;
        while (position < _body.Length && IsDigit(_body[position]))
        {
            position++;
        }

        return position;
    }
}
