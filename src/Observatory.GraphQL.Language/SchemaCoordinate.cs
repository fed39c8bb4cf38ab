namespace Observatory.GraphQL.Language;

/// <summary>
/// A schema coordinate such as <c>Type.field(arg:)</c> or <c>@directive(arg:)</c> (September 2025, section 3.15).
/// <see cref="Name"/> is the type or directive name (without <c>@</c>); <see cref="MemberName"/> is set for member
/// and argument coordinates; <see cref="ArgumentName"/> for the two argument forms.
/// </summary>
public sealed record SchemaCoordinate(SchemaCoordinateKind Kind, string Name, string? MemberName = null, string? ArgumentName = null)
{
    /// <summary>
    /// Parses <c>SchemaCoordinate : TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate
    /// | DirectiveArgumentCoordinate</c>. Ignored tokens (spaces, commas, comments) are not allowed inside a coordinate.
    /// </summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a schema coordinate.</exception>
    public static SchemaCoordinate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(new Source(text));
        var isDirective = reader.TryRead('@');
        var name = reader.ReadName();
        string? member = null;
        if (!isDirective && !reader.AtEnd)
        {
            reader.Expect('.');
            member = reader.ReadName();
        }

        string? argument = null;
        if (!reader.AtEnd)
        {
            reader.Expect('(');
            argument = reader.ReadName();
            reader.Expect(':');
            reader.Expect(')');
        }

        reader.ExpectEnd();
        var kind = (isDirective, member, argument) switch
        {
            (true, _, null) => SchemaCoordinateKind.Directive,
            (true, _, _) => SchemaCoordinateKind.DirectiveArgument,
            (false, null, _) => SchemaCoordinateKind.Type,
            (false, _, null) => SchemaCoordinateKind.Member,
            _ => SchemaCoordinateKind.Argument,
        };
        return new SchemaCoordinate(kind, name, member, argument);
    }

    /// <summary>The canonical text of the coordinate.</summary>
    public override string ToString() => Kind switch
    {
        SchemaCoordinateKind.Type => Name,
        SchemaCoordinateKind.Member => $"{Name}.{MemberName}",
        SchemaCoordinateKind.Argument => $"{Name}.{MemberName}({ArgumentName}:)",
        SchemaCoordinateKind.Directive => "@" + Name,
        _ => $"@{Name}({ArgumentName}:)",
    };

    /// <summary>A character reader for the coordinate grammar (no ignored tokens).</summary>
    private sealed class Reader(Source source)
    {
        private readonly string _text = source.Body;
        private int _position;

        public bool AtEnd => _position >= _text.Length;

        public bool TryRead(char punctuator)
        {
            if (AtEnd || _text[_position] != punctuator)
            {
                return false;
            }

            _position++;
            return true;
        }

        public void Expect(char punctuator)
        {
            if (!TryRead(punctuator))
            {
                throw Error($"Expected \"{punctuator}\", found {DescribeNext()}.");
            }
        }

        public void ExpectEnd()
        {
            if (!AtEnd)
            {
                throw Error($"Expected <EOF>, found {DescribeNext()}.");
            }
        }

        public string ReadName()
        {
            var start = _position;
            if (AtEnd || !IsNameStart(_text[start]))
            {
                throw Error($"Expected Name, found {DescribeNext()}.");
            }

            while (_position < _text.Length && (IsNameStart(_text[_position]) || char.IsAsciiDigit(_text[_position])))
            {
                _position++;
            }

            return _text[start.._position];
        }

        private string DescribeNext()
        {
            if (AtEnd)
            {
                return "<EOF>";
            }

            var c = _text[_position];
            if (IsNameStart(c))
            {
                var end = _position;
                while (end < _text.Length && (IsNameStart(_text[end]) || char.IsAsciiDigit(_text[end])))
                {
                    end++;
                }

                return $"Name \"{_text[_position..end]}\"";
            }

            return c is >= ' ' and <= '~' ? $"\"{c}\"" : $"U+{(int)c:X4}";
        }

        private GraphQLSyntaxException Error(string description) => new(source, _position, description);

        private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    }
}
