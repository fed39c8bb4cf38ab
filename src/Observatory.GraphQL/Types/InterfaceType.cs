namespace Observatory.GraphQL.Types;

/// <summary>An interface type, possibly implementing other interfaces.</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Names the concrete object type of a value, or null to use the default resolution.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
