namespace Observatory.GraphQL.Types;

/// <summary>The eight kinds of <c>__TypeKind</c>.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
