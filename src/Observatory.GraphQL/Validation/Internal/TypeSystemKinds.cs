using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>The kind of type a type definition or extension node defines or extends, and how messages name it.</summary>
internal static class TypeSystemKinds
{
    /// <summary>The kind of a type definition or type extension node, or null for any other node.</summary>
    public static TypeKind? Of(Node node) => node.Kind switch
    {
        NodeKind.ScalarTypeDefinition or NodeKind.ScalarTypeExtension => TypeKind.Scalar,
        NodeKind.ObjectTypeDefinition or NodeKind.ObjectTypeExtension => TypeKind.Object,
        NodeKind.InterfaceTypeDefinition or NodeKind.InterfaceTypeExtension => TypeKind.Interface,
        NodeKind.UnionTypeDefinition or NodeKind.UnionTypeExtension => TypeKind.Union,
        NodeKind.EnumTypeDefinition or NodeKind.EnumTypeExtension => TypeKind.Enum,
        NodeKind.InputObjectTypeDefinition or NodeKind.InputObjectTypeExtension => TypeKind.InputObject,
        _ => null,
    };

    /// <summary>The kind as graphql-js words it in "Cannot extend non-… type" (<c>input object</c>, <c>scalar</c>…).</summary>
    public static string Describe(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        TypeKind.InputObject => "input object",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a named type kind."),
    };
}
