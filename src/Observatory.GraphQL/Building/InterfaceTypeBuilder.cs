using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeBuilder : ComplexTypeBuilder
{
    internal InterfaceTypeBuilder(string name)
        : base(name)
    {
    }

    internal TypeResolver? TypeResolver { get; private set; }

    public InterfaceTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public InterfaceTypeBuilder Implements(params string[] interfaceNames)
    {
        InterfaceNames.AddRange(interfaceNames);
        return this;
    }

    /// <summary>Names the object type of a value; without it, <c>__typename</c> keys, <c>IsTypeOf</c> and CLR type names are tried.</summary>
    public InterfaceTypeBuilder ResolveType(TypeResolver resolver)
    {
        TypeResolver = resolver;
        return this;
    }
}
