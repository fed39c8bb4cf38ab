namespace Observatory.GraphQL.Language;

/// <summary>
/// A lexical or syntax error. <see cref="Exception.Message"/> uses graphql-js wording
/// (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>); <see cref="Line"/> and <see cref="Column"/> are
/// 1-based, columns in UTF-16 code units.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        ArgumentNullException.ThrowIfNull(source);
        Description = description;
        Position = position;
        SourceName = source.Name;
        (Line, Column) = source.GetLineAndColumn(position);
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>UTF-16 offset of the error in the source.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The <see cref="Source.Name"/> of the document.</summary>
    public string SourceName { get; }
}
