namespace Observatory.GraphQL.Validation.Internal;

/// <summary>An argument of a directive: its name, its type as printed, and whether it must be given.</summary>
internal sealed record ArgumentSignature(string Name, string Type, bool IsRequired);
