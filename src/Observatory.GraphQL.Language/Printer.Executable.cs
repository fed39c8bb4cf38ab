using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

public static partial class Printer
{
    private static string? PrintExecutable(Node node) => node switch
    {
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => PrintDescription(variable.Description)
            + PrintValue(variable.Variable) + ": " + PrintType(variable.Type)
            + Wrap(" = ", variable.DefaultValue is null ? null : PrintValue(variable.DefaultValue))
            + Wrap(" ", Join(variable.Directives, " ")),
        SelectionSetNode selectionSet => Block(selectionSet.Selections),
        FieldNode field => PrintField(field),
        FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Join(spread.Directives, " ")),
        InlineFragmentNode inline => Join(
            " ",
            "...",
            inline.TypeCondition is null ? null : "on " + inline.TypeCondition.Name.Value,
            Join(inline.Directives, " "),
            Print(inline.SelectionSet)),
        FragmentDefinitionNode fragment => PrintDescription(fragment.Description)
            + "fragment " + fragment.Name.Value + VariableDefinitions(fragment.VariableDefinitions)
            + " on " + fragment.TypeCondition.Name.Value + " " + Wrap(string.Empty, Join(fragment.Directives, " "), " ")
            + Print(fragment.SelectionSet),
        _ => null,
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var keyword = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var variables = VariableDefinitions(operation.VariableDefinitions);
        var prefix = Join(" ", keyword, (operation.Name?.Value ?? string.Empty) + variables, Join(operation.Directives, " "));
        var selectionSet = Print(operation.SelectionSet);

        // An anonymous query without variables, directives or description prints in the shorthand form.
        if (prefix == "query" && operation.Description is null)
        {
            return selectionSet;
        }

        return PrintDescription(operation.Description) + prefix + " " + selectionSet;
    }

    /// <summary>Variable definitions on one line, or one per line when any has a (multi-line) description.</summary>
    private static string VariableDefinitions(IReadOnlyList<VariableDefinitionNode> variables) =>
        HasMultilineItems(variables)
            ? Wrap("(\n", Indent(Join(variables, "\n")), "\n)")
            : Wrap("(", Join(variables, ", "), ")");

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap(string.Empty, field.Alias?.Value, ": ") + field.Name.Value;
        var arguments = prefix + Wrap("(", Join(field.Arguments, ", "), ")");
        if (arguments.Length > MaxLineLength)
        {
            arguments = prefix + Wrap("(\n", Indent(Join(field.Arguments, "\n")), "\n)");
        }

        return Join(
            " ",
            arguments,
            Join(field.Directives, " "),
            field.SelectionSet is null ? null : Print(field.SelectionSet));
    }
}
