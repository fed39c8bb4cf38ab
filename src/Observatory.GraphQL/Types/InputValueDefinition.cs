namespace Observatory.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object. <see cref="DefaultValue"/> is an
/// internal (already coerced) value; <see cref="HasDefaultValue"/> tells a <c>null</c> default from none.
/// </summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public GraphQLType Type { get; internal set; }

    public bool HasDefaultValue { get; internal set; }

    public object? DefaultValue { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Non-null without a default: the value must be provided.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;
}
