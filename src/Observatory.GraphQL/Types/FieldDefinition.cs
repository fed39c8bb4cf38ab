namespace Observatory.GraphQL.Types;

/// <summary>A field of an object or interface type, with its arguments and resolver.</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public GraphQLType Type { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>The resolver; null means the default resolver (dictionary key or public property of the source).</summary>
    public FieldResolver? Resolver { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument;
            }
        }

        return null;
    }
}
