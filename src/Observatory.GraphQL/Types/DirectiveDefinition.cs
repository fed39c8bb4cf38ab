namespace Observatory.GraphQL.Types;

/// <summary>A directive definition: name, arguments, locations and repeatability.</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    public IReadOnlyList<DirectiveLocation> Locations { get; internal set; } = [];

    public bool IsRepeatable { get; internal set; }

    /// <summary>True for the directives the spec defines (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>).</summary>
    public bool IsBuiltIn => BuiltInDirectives.IsBuiltIn(Name);

    public InputValueDefinition? GetArgument(string name) =>
        Arguments.FirstOrDefault(argument => string.Equals(argument.Name, name, StringComparison.Ordinal));
}
