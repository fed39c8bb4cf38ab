namespace Observatory.GraphQL.Types;

/// <summary>A list of <see cref="OfType"/>. Two list types are equal when their item types are.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public override TypeKind Kind => TypeKind.List;

    public override NamedType UnderlyingType => OfType.UnderlyingType;

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    public override string ToString() => $"[{OfType}]";
}
