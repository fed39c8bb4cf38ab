namespace Observatory.GraphQL.Types;

/// <summary>A value of an enum type: its GraphQL name and the internal value resolvers see.</summary>
public sealed class EnumValueDefinition
{
    internal EnumValueDefinition(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The internal value (the name itself unless the builder gave another one).</summary>
    public object? Value { get; }

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;
}
