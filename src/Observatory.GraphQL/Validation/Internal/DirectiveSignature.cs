using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>
/// What the directive rules need to know of a directive, whether it comes from a schema or from a definition in a
/// document: its locations, whether it repeats, and its arguments.
/// </summary>
internal sealed record DirectiveSignature(
    string Name,
    IReadOnlySet<string> Locations,
    bool IsRepeatable,
    IReadOnlyList<ArgumentSignature> Arguments)
{
    public static DirectiveSignature FromDefinition(DirectiveDefinition directive) => new(
        directive.Name,
        directive.Locations.Select(location => location.ToName()).ToHashSet(StringComparer.Ordinal),
        directive.IsRepeatable,
        directive.Arguments.Select(argument => new ArgumentSignature(argument.Name, argument.Type.ToString() ?? "", argument.IsRequired)).ToList());

    public static DirectiveSignature FromNode(DirectiveDefinitionNode directive) => new(
        directive.Name.Value,
        directive.Locations.Select(location => location.Value).ToHashSet(StringComparer.Ordinal),
        directive.Repeatable,
        directive.Arguments
            .Select(argument => new ArgumentSignature(
                argument.Name.Value,
                Printer.Print(argument.Type),
                argument.Type is NonNullTypeNode && argument.DefaultValue is null))
            .ToList());
}
