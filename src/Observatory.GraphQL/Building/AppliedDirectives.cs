using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>
/// Reads the built-in directives an SDL document applies to its definitions (<c>@deprecated</c>,
/// <c>@specifiedBy</c>, <c>@oneOf</c>) into what the type system keeps of them. Other applied directives are
/// validated by the SDL rules but not kept on the built schema.
/// </summary>
internal static class AppliedDirectives
{
    /// <summary>The reason of <c>@deprecated</c> (its default when none is given), or null when not deprecated.</summary>
    public static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        Find(directives, BuiltInDirectives.Deprecated.Name) is { } deprecated
            ? StringArgument(deprecated, "reason") ?? BuiltInDirectives.DefaultDeprecationReason
            : null;

    /// <summary>The <c>url</c> of <c>@specifiedBy</c>, or null.</summary>
    public static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        Find(directives, BuiltInDirectives.SpecifiedBy.Name) is { } specifiedBy ? StringArgument(specifiedBy, "url") : null;

    /// <summary>True when <c>@oneOf</c> is applied.</summary>
    public static bool IsOneOf(IReadOnlyList<DirectiveNode> directives) => Find(directives, BuiltInDirectives.OneOf.Name) is not null;

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name) =>
        directives.FirstOrDefault(directive => string.Equals(directive.Name.Value, name, StringComparison.Ordinal));

    private static string? StringArgument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(argument => argument.Name.Value == name)?.Value is StringValueNode text ? text.Value : null;
}
