namespace Observatory.GraphQL.Building;

/// <summary>Parses SDL type references (<c>String</c>, <c>[Int!]!</c>) into their wrapper structure.</summary>
internal static class TypeReferenceParser
{
    /// <summary>A parsed reference: a name, or a list/non-null wrapper of another reference.</summary>
    internal abstract record TypeRef;

    internal sealed record NamedRef(string Name) : TypeRef;

    internal sealed record ListRef(TypeRef OfType) : TypeRef;

    internal sealed record NonNullRef(TypeRef OfType) : TypeRef;

    /// <summary>Parses <paramref name="text"/>, or returns null when it is not a well-formed reference.</summary>
    public static TypeRef? Parse(string text)
    {
        var trimmed = text.Trim();
        var position = 0;
        var result = ParseType(trimmed, ref position);
        return result is not null && position == trimmed.Length ? result : null;
    }

    private static TypeRef? ParseType(string text, ref int position)
    {
        TypeRef? inner;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            SkipSpaces(text, ref position);
            var item = ParseType(text, ref position);
            SkipSpaces(text, ref position);
            if (item is null || position >= text.Length || text[position] != ']')
            {
                return null;
            }

            position++;
            inner = new ListRef(item);
        }
        else
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            if (position == start || char.IsAsciiDigit(text[start]))
            {
                return null;
            }

            inner = new NamedRef(text[start..position]);
        }

        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == '!')
        {
            position++;
            SkipSpaces(text, ref position);
            return new NonNullRef(inner);
        }

        return inner;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }
}
