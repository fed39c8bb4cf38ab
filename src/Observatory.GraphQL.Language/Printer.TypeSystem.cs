using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

public static partial class Printer
{
    private static string? PrintTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode schema => PrintDescription(schema.Description)
            + Join(" ", "schema", Join(schema.Directives, " "), Block(schema.OperationTypes)),
        OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + operationType.Type.Name.Value,
        ScalarTypeDefinitionNode scalar => PrintDescription(scalar.Description)
            + Join(" ", "scalar", scalar.Name.Value, Join(scalar.Directives, " ")),
        ObjectTypeDefinitionNode obj => PrintDescription(obj.Description)
            + Join(" ", "type", obj.Name.Value, Implements(obj.Interfaces), Join(obj.Directives, " "), Block(obj.Fields)),
        FieldDefinitionNode field => PrintDescription(field.Description)
            + field.Name.Value + ArgumentDefinitions(field.Arguments) + ": " + PrintType(field.Type)
            + Wrap(" ", Join(field.Directives, " ")),
        InputValueDefinitionNode input => PrintDescription(input.Description)
            + Join(
                " ",
                input.Name.Value + ": " + PrintType(input.Type),
                Wrap("= ", input.DefaultValue is null ? null : PrintValue(input.DefaultValue)),
                Join(input.Directives, " ")),
        InterfaceTypeDefinitionNode iface => PrintDescription(iface.Description)
            + Join(" ", "interface", iface.Name.Value, Implements(iface.Interfaces), Join(iface.Directives, " "), Block(iface.Fields)),
        UnionTypeDefinitionNode union => PrintDescription(union.Description)
            + Join(" ", "union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))),
        EnumTypeDefinitionNode enumType => PrintDescription(enumType.Description)
            + Join(" ", "enum", enumType.Name.Value, Join(enumType.Directives, " "), Block(enumType.Values)),
        EnumValueDefinitionNode enumValue => PrintDescription(enumValue.Description)
            + Join(" ", enumValue.Name.Value, Join(enumValue.Directives, " ")),
        InputObjectTypeDefinitionNode input => PrintDescription(input.Description)
            + Join(" ", "input", input.Name.Value, Join(input.Directives, " "), Block(input.Fields)),
        DirectiveDefinitionNode directive => PrintDescription(directive.Description)
            + "directive @" + directive.Name.Value + ArgumentDefinitions(directive.Arguments)
            + (directive.Repeatable ? " repeatable" : string.Empty) + " on " + Join(directive.Locations, " | "),
        _ => PrintExtension(node),
    };

    private static string? PrintExtension(Node node) => node switch
    {
        SchemaExtensionNode schema => Join(" ", "extend schema", Join(schema.Directives, " "), Block(schema.OperationTypes)),
        ScalarTypeExtensionNode scalar => Join(" ", "extend scalar", scalar.Name.Value, Join(scalar.Directives, " ")),
        ObjectTypeExtensionNode obj =>
            Join(" ", "extend type", obj.Name.Value, Implements(obj.Interfaces), Join(obj.Directives, " "), Block(obj.Fields)),
        InterfaceTypeExtensionNode iface =>
            Join(" ", "extend interface", iface.Name.Value, Implements(iface.Interfaces), Join(iface.Directives, " "), Block(iface.Fields)),
        UnionTypeExtensionNode union =>
            Join(" ", "extend union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))),
        EnumTypeExtensionNode enumType =>
            Join(" ", "extend enum", enumType.Name.Value, Join(enumType.Directives, " "), Block(enumType.Values)),
        InputObjectTypeExtensionNode input =>
            Join(" ", "extend input", input.Name.Value, Join(input.Directives, " "), Block(input.Fields)),
        _ => null,
    };

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) => Wrap("implements ", Join(interfaces, " & "));

    /// <summary>Arguments on one line, or one per line when any of them spans several lines (a description).</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments) =>
        HasMultilineItems(arguments)
            ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : Wrap("(", Join(arguments, ", "), ")");
}
