using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>Configures a union type.</summary>
public sealed class UnionTypeBuilder
{
    internal UnionTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<string> MemberNames { get; } = [];

    internal TypeResolver? TypeResolver { get; private set; }

    public UnionTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public UnionTypeBuilder Types(params string[] objectTypeNames)
    {
        MemberNames.AddRange(objectTypeNames);
        return this;
    }

    public UnionTypeBuilder ResolveType(TypeResolver resolver)
    {
        TypeResolver = resolver;
        return this;
    }
}
