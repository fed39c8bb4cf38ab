namespace Observatory.GraphQL.Types;

/// <summary>An input object type; with <see cref="IsOneOf"/> exactly one field must be given.</summary>
public sealed class InputObjectType : NamedType
{
    internal InputObjectType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyDictionary<string, InputValueDefinition> Fields { get; internal set; } =
        new OrderedDictionary<string, InputValueDefinition>(StringComparer.Ordinal);

    /// <summary>True when the type carries <c>@oneOf</c>.</summary>
    public bool IsOneOf { get; internal set; }
}
