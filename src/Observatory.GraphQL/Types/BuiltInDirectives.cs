namespace Observatory.GraphQL.Types;

/// <summary>The directives of Appendix D, shared by every schema.</summary>
public static class BuiltInDirectives
{
    /// <summary>The default reason of <c>@deprecated</c>.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = Create(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("if", new NonNullType(BuiltInScalars.Boolean), "Included when true."));

    public static DirectiveDefinition Skip { get; } = Create(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true."));

    public static DirectiveDefinition Deprecated { get; } = Create(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        Argument(
            "reason",
            new NonNullType(BuiltInScalars.String),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultDeprecationReason));

    public static DirectiveDefinition SpecifiedBy { get; } = Create(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        Argument("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar."));

    public static DirectiveDefinition OneOf { get; } = Create(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.InputObject]);

    /// <summary>All built-in directives, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    private static DirectiveDefinition Create(string name, string description, DirectiveLocation[] locations, params InputValueDefinition[] arguments) =>
        new(name) { Description = description, Locations = locations, Arguments = arguments };

    private static InputValueDefinition Argument(string name, GraphQLType type, string description, object? defaultValue = null) =>
        new(name, type) { Description = description, HasDefaultValue = defaultValue is not null, DefaultValue = defaultValue };
}
