namespace Observatory.GraphQL.Language.Ast;

/// <summary>
/// Where a node sits in its source: <see cref="Start"/> and <see cref="End"/> are offsets in UTF-16 code
/// units (end exclusive); <see cref="Line"/> and <see cref="Column"/> locate the start, 1-based, with columns
/// counted in UTF-16 code units as graphql-js does.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
