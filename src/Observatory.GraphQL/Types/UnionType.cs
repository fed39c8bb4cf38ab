namespace Observatory.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType : NamedType
{
    internal UnionType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Names the concrete object type of a value, or null to use the default resolution.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
