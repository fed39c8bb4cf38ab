using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

/// <summary>
/// Prints AST nodes as GraphQL text in graphql-js style (two-space indentation, block strings kept as block
/// strings, descriptions on their own line). Parsing the output yields an equal tree (see <see cref="AstEquality"/>).
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node; a document's definitions are separated by blank lines.</summary>
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions, "\n\n"),
            ValueNode value => PrintValue(value),
            TypeNode type => PrintType(type),
            ArgumentNode argument => argument.Name.Value + ": " + PrintValue(argument.Value),
            ObjectFieldNode field => field.Name.Value + ": " + PrintValue(field.Value),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments, ", "), ")"),
            _ => PrintExecutable(node) ?? PrintTypeSystem(node) ?? throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
        };
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode intValue => intValue.Value,
        FloatValueNode floatValue => floatValue.Value,
        StringValueNode stringValue => PrintString(stringValue),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values, ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields, ", ") + "}",
        _ => throw new ArgumentException($"Unknown value kind {value.Kind}.", nameof(value)),
    };

    private static string PrintType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => throw new ArgumentException($"Unknown type kind {type.Kind}.", nameof(type)),
    };

    private static string PrintString(StringValueNode node) =>
        node.Block && BlockString.IsPrintable(node.Value) ? BlockString.Print(node.Value) : StringPrinter.Print(node.Value);

    // ---- graphql-js printer combinators: join (skipping empty parts), wrap, block, indent -------------------

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node
    {
        if (nodes.Count == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>(nodes.Count);
        foreach (var node in nodes)
        {
            var printed = Print(node);
            if (printed.Length > 0)
            {
                parts.Add(printed);
            }
        }

        return string.Join(separator, parts);
    }

    private static string Join(string separator, params ReadOnlySpan<string?> parts)
    {
        var kept = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!string.IsNullOrEmpty(part))
            {
                kept.Add(part);
            }
        }

        return string.Join(separator, kept);
    }

    /// <summary><paramref name="start"/> + text + <paramref name="end"/>, or empty when the text is empty.</summary>
    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? string.Empty : start + text + end;

    /// <summary>A braced block of items, one per line and indented; empty when there are no items.</summary>
    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : Node =>
        nodes.Count == 0 ? string.Empty : "{\n" + Indent(Join(nodes, "\n")) + "\n}";

    private static string Indent(string text) =>
        Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static bool HasMultilineItems<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        foreach (var node in nodes)
        {
            if (Print(node).Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string PrintDescription(StringValueNode? description) =>
        description is null ? string.Empty : PrintString(description) + "\n";
}
