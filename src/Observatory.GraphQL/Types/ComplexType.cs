namespace Observatory.GraphQL.Types;

/// <summary>An object or interface type: named fields and implemented interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in definition order (meta-fields such as <c>__typename</c> are not listed).</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields { get; internal set; } =
        new OrderedDictionary<string, FieldDefinition>(StringComparer.Ordinal);

    /// <summary>Interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>True if this type declares <paramref name="interfaceType"/>.</summary>
    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var declared in Interfaces)
        {
            if (ReferenceEquals(declared, interfaceType))
            {
                return true;
            }
        }

        return false;
    }
}
