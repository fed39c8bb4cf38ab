namespace Observatory.GraphQL.Building;

/// <summary>Configures an object type.</summary>
public sealed class ObjectTypeBuilder : ComplexTypeBuilder
{
    internal ObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal Func<object, bool>? IsTypeOfPredicate { get; private set; }

    public ObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public ObjectTypeBuilder Implements(params string[] interfaceNames)
    {
        InterfaceNames.AddRange(interfaceNames);
        return this;
    }

    /// <summary>Says which resolved values belong to this type (used for interfaces and unions).</summary>
    public ObjectTypeBuilder IsTypeOf(Func<object, bool> predicate)
    {
        IsTypeOfPredicate = predicate;
        return this;
    }

    /// <summary>Values of CLR type <typeparamref name="T"/> belong to this type.</summary>
    public ObjectTypeBuilder IsTypeOf<T>() => IsTypeOf(static value => value is T);
}
