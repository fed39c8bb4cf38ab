using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Sdl;

/// <summary>A type of the schema an SDL document extends: its kind and the names of its fields or enum values.</summary>
internal sealed record ExistingType(TypeKind Kind, IReadOnlySet<string> Members);
