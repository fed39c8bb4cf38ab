using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>Resolves a type reference written in a document (graphql-js <c>typeFromAST</c>); null when unknown.</summary>
internal static class TypeReferences
{
    public static GraphQLType? Resolve(GraphQLSchema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => Resolve(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
