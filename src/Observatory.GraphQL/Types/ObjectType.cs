namespace Observatory.GraphQL.Types;

/// <summary>An object type. <see cref="IsTypeOf"/> helps resolve interfaces and unions to this type.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Says whether a resolved value belongs to this type, or null.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}
