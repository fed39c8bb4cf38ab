using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Types;

/// <summary>An enum type: names on the wire, internal values for resolvers.</summary>
public sealed class EnumType : NamedType
{
    private Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);

    internal EnumType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values { get; private set; } = [];

    internal void SetValues(IReadOnlyList<EnumValueDefinition> values)
    {
        Values = values;
        _byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            _byName.TryAdd(value.Name, value);
        }
    }

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion: the name of the value whose internal value equals <paramref name="value"/>.</summary>
    public string Serialize(object value)
    {
        foreach (var candidate in Values)
        {
            if (Equals(candidate.Value, value))
            {
                return candidate.Name;
            }
        }

        if (value is string name && _byName.ContainsKey(name))
        {
            return name;
        }

        if (value is Enum clrEnum && _byName.ContainsKey(clrEnum.ToString()))
        {
            return clrEnum.ToString();
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value: a string naming a value.</summary>
    public object? ParseValue(object value)
    {
        if (JsonValues.ToClr(value) is not string name)
        {
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {Inspector.Inspect(value)}.");
        }

        return GetValue(name) is { } found
            ? found.Value
            : throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
    }

    /// <summary>Input coercion of a literal: a bare enum name.</summary>
    public object? ParseLiteral(ValueNode valueNode)
    {
        if (valueNode is not EnumValueNode enumNode)
        {
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {ValuePrinter.Print(valueNode)}.");
        }

        return GetValue(enumNode.Value) is { } found
            ? found.Value
            : throw new GraphQLException($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum.");
    }
}
