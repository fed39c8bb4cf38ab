namespace Observatory.GraphQL.Building;

/// <summary>Configures an enum type.</summary>
public sealed class EnumTypeBuilder
{
    internal EnumTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<(string Name, object? Value, string? Description, string? DeprecationReason)> Values { get; } = [];

    public EnumTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value; its internal value is <paramref name="value"/>, or the name when null.</summary>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Values.Add((name, value ?? name, description, deprecationReason));
        return this;
    }
}
