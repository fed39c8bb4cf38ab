using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>Configures a custom directive definition.</summary>
public sealed class DirectiveBuilder
{
    internal DirectiveBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal bool Repeatable { get; private set; }

    internal List<DirectiveLocation> LocationList { get; } = [];

    internal List<InputValueBuilder> Arguments { get; } = [];

    public DirectiveBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        LocationList.AddRange(locations);
        return this;
    }

    public DirectiveBuilder IsRepeatable(bool repeatable = true)
    {
        Repeatable = repeatable;
        return this;
    }

    public DirectiveBuilder Argument(string name, string type, string? description = null, object? defaultValue = null)
    {
        var argument = new InputValueBuilder(name, type).Description(description);
        if (defaultValue is not null)
        {
            argument.DefaultValue(defaultValue);
        }

        Arguments.Add(argument);
        return this;
    }

    public DirectiveBuilder Argument(string name, string type, Action<InputValueBuilder> configure)
    {
        var argument = new InputValueBuilder(name, type);
        configure(argument);
        Arguments.Add(argument);
        return this;
    }
}
