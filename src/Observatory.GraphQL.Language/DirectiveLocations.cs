namespace Observatory.GraphQL.Language;

/// <summary>
/// <c>DirectiveLocation</c> names: <c>ExecutableDirectiveLocation</c> then <c>TypeSystemDirectiveLocation</c>, in
/// spec order (19 in all).
/// </summary>
public static class DirectiveLocations
{
    /// <summary>All valid location names, in spec order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly HashSet<string> Names = new(All, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is one of <see cref="All"/> (case-sensitive).</summary>
    public static bool IsValid(string name) => Names.Contains(name);
}
