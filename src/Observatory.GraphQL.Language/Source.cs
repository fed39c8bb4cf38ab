namespace Observatory.GraphQL.Language;

/// <summary>A GraphQL document's text and the name used in error messages (graphql-js <c>Source</c>).</summary>
public sealed class Source
{
    /// <summary>The name graphql-js gives a source that has none.</summary>
    public const string DefaultName = "GraphQL request";

    public Source(string body, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    /// <summary>The document text.</summary>
    public string Body { get; }

    /// <summary>The source name (a file name, or <see cref="DefaultName"/>).</summary>
    public string Name { get; }

    /// <summary>
    /// The 1-based line and column of a UTF-16 offset. Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>;
    /// columns count UTF-16 code units. Linear in the offset: meant for error reporting.
    /// </summary>
    public (int Line, int Column) GetLineAndColumn(int position)
    {
        var body = Body;
        var end = Math.Clamp(position, 0, body.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    if (i + 1 >= end)
                    {
                        // The position is the \n of a \r\n pair: still the same line.
                        break;
                    }

                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, end - lineStart + 1);
    }
}
