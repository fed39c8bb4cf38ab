namespace Observatory.GraphQL.Types;

/// <summary>Type relations of the spec (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparison
{
    /// <summary>
    /// True if <paramref name="maybeSubType"/> can stand where <paramref name="superType"/> is expected:
    /// equal types, a non-null of a subtype, a list of subtypes, a member of a union, or an implementation of an interface.
    /// </summary>
    public static bool IsSubType(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (maybeSubType.Equals(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsSubType(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsSubType(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsSubType(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType switch
        {
            UnionType union => maybeSubType is ObjectType member && union.Types.Contains(member),
            InterfaceType interfaceType => maybeSubType is ComplexType complex && complex.Implements(interfaceType),
            _ => false,
        };
    }
}
