using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>Type relations used by the rules (graphql-js <c>typeComparators</c>).</summary>
internal static class TypeRelations
{
    /// <summary>Whether <paramref name="maybeSubType"/> is <paramref name="abstractType"/> or one of its possible types or implementations.</summary>
    public static bool IsPossibleSubType(GraphQLSchema schema, NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType member && union.Types.Contains(member),
        InterfaceType interfaceType => maybeSubType switch
        {
            ObjectType objectType => schema.GetPossibleTypes(interfaceType).Contains(objectType),
            InterfaceType other => schema.GetInterfaceImplementations(interfaceType).Contains(other),
            _ => false,
        },
        _ => false,
    };

    /// <summary>Whether some object type could be of both composite types.</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            return typeB.IsAbstractType
                ? schema.GetPossibleTypes(typeA).Any(type => IsPossibleSubType(schema, typeB, type))
                : IsPossibleSubType(schema, typeA, typeB);
        }

        return typeB.IsAbstractType && IsPossibleSubType(schema, typeB, typeA);
    }
}
