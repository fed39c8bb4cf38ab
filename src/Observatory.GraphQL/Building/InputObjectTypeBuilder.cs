namespace Observatory.GraphQL.Building;

/// <summary>Configures an input object type. Coerced values reach resolvers as <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.</summary>
public sealed class InputObjectTypeBuilder
{
    internal InputObjectTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal bool IsOneOf { get; private set; }

    internal List<InputValueBuilder> Fields { get; } = [];

    public InputObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the type <c>@oneOf</c>: exactly one field must be given, and not null.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }

    /// <summary>Adds a field; a non-null <paramref name="defaultValue"/> becomes its default.</summary>
    public InputObjectTypeBuilder Field(string name, string type, string? description = null, object? defaultValue = null)
    {
        var field = new InputValueBuilder(name, type).Description(description);
        if (defaultValue is not null)
        {
            field.DefaultValue(defaultValue);
        }

        Fields.Add(field);
        return this;
    }

    /// <summary>Adds a field configured in full (null default, deprecation).</summary>
    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder> configure)
    {
        var field = new InputValueBuilder(name, type);
        configure(field);
        Fields.Add(field);
        return this;
    }
}
