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

    /// <summary>
    /// Sets the internal value of a value defined already (by SDL or an earlier call): what resolvers receive for it
    /// as an argument and may return for it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The enum has no such value.</exception>
    public EnumTypeBuilder InternalValue(string name, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var index = Values.FindIndex(v => string.Equals(v.Name, name, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new InvalidOperationException($"Enum \"{Name}\" has no value \"{name}\" to configure.");
        }

        Values[index] = Values[index] with { Value = value };
        return this;
    }
}
