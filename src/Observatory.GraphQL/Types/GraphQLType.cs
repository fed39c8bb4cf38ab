namespace Observatory.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type, or a list or non-null wrapper. <c>ToString()</c> gives the type
/// reference as written in SDL (<c>[Pet!]!</c>).
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The introspection kind.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under every wrapper.</summary>
    public abstract NamedType UnderlyingType { get; }

    /// <summary>True for scalars, enums and input objects, and wrappers of them.</summary>
    public bool IsInputType => UnderlyingType.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True for scalars, objects, interfaces, unions and enums, and wrappers of them.</summary>
    public bool IsOutputType => UnderlyingType.Kind is not TypeKind.InputObject;

    /// <summary>True for <see cref="NonNullType"/>.</summary>
    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>The type without its outer non-null wrapper, if any.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;
}
