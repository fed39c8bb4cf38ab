using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Building;

/// <summary>Configures an argument or an input field.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, string type)
    {
        Name = name;
        TypeReference = type;
    }

    internal string Name { get; }

    internal string TypeReference { get; }

    internal string? DescriptionText { get; private set; }

    internal bool HasDefault { get; private set; }

    internal object? Default { get; private set; }

    /// <summary>A default written as a GraphQL literal (SDL), coerced to its internal value when the schema is built.</summary>
    internal ValueNode? DefaultLiteralNode { get; private set; }

    internal string? DeprecationReason { get; private set; }

    public InputValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets the default as an internal value (enum internal values, dictionaries for input objects); null is a valid default.</summary>
    public InputValueBuilder DefaultValue(object? value)
    {
        HasDefault = true;
        Default = value;
        DefaultLiteralNode = null;
        return this;
    }

    /// <summary>Sets the default as a GraphQL literal, coerced against the value's type when the schema is built.</summary>
    internal InputValueBuilder DefaultLiteral(ValueNode literal)
    {
        HasDefault = true;
        Default = null;
        DefaultLiteralNode = literal;
        return this;
    }

    public InputValueBuilder Deprecated(string reason = Types.BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }
}
