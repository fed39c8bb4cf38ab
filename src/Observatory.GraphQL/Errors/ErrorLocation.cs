namespace Observatory.GraphQL.Errors;

/// <summary>A 1-based line and column in the request document, as reported in <c>errors[].locations</c>.</summary>
public readonly record struct ErrorLocation(int Line, int Column);
