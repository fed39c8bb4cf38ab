namespace Observatory.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public sealed override NamedType UnderlyingType => this;

    /// <summary>True for objects, interfaces and unions.</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>True for interfaces and unions.</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>True for scalars and enums.</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    public sealed override string ToString() => Name;
}
