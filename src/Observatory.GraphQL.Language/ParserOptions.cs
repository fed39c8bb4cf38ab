namespace Observatory.GraphQL.Language;

/// <summary>Parser limits and switches. Limits are enforced while parsing, before any deeper recursion.</summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 15,000 tokens, nesting depth 200, locations recorded.</summary>
    public static readonly ParserOptions Default = new();

    /// <summary>
    /// Maximum number of tokens (ignored tokens and end of file excluded). Exceeding it fails with graphql-js's
    /// "Document contains more that N tokens. Parsing aborted." (sic).
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Maximum nesting depth, counting each selection set, list value, object value and list type once.
    /// A document nested deeper fails with a syntax error instead of exhausting the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>When true, nodes carry no <see cref="Ast.Location"/> (saves memory for cached documents).</summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// Accept graphql-js's legacy fragment variables (<c>fragment F($v: Int) on T</c>); off by default, as in
    /// graphql-js (<c>allowLegacyFragmentVariables</c>).
    /// </summary>
    public bool AllowLegacyFragmentVariables { get; init; }
}
