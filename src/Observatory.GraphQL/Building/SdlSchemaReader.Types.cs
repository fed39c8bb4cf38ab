using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Building;

/// <summary>Type definitions and extensions: objects, interfaces, unions, enums and input objects.</summary>
internal sealed partial class SdlSchemaReader
{
    private void ReadType(TypeDefinitionNode type)
    {
        var description = type.Description?.Value;
        switch (type)
        {
            case ObjectTypeDefinitionNode node:
                builder.Object(node.Name.Value, t => ReadFields(t.Description(description).Implements(Names(node.Interfaces)), node.Fields));
                break;
            case InterfaceTypeDefinitionNode node:
                builder.Interface(node.Name.Value, t => ReadFields(t.Description(description).Implements(Names(node.Interfaces)), node.Fields));
                break;
            case UnionTypeDefinitionNode node:
                builder.Union(node.Name.Value, t => t.Description(description).Types(Names(node.Types)));
                break;
            case EnumTypeDefinitionNode node:
                builder.Enum(node.Name.Value, t => ReadValues(t.Description(description), node.Values));
                break;
            case InputObjectTypeDefinitionNode node:
                builder.InputObject(node.Name.Value, t => ReadInputFields(t.Description(description), node.Directives, node.Fields));
                break;
            default:
                break;
        }
    }

    /// <summary>Adds an extension's members to its type; scalar extensions were read with their scalar.</summary>
    private void ReadExtension(TypeExtensionNode extension)
    {
        switch (extension)
        {
            case ObjectTypeExtensionNode node:
                builder.Object(node.Name.Value, t => ReadFields(t.Implements(Names(node.Interfaces)), node.Fields));
                break;
            case InterfaceTypeExtensionNode node:
                builder.Interface(node.Name.Value, t => ReadFields(t.Implements(Names(node.Interfaces)), node.Fields));
                break;
            case UnionTypeExtensionNode node:
                builder.Union(node.Name.Value, t => t.Types(Names(node.Types)));
                break;
            case EnumTypeExtensionNode node:
                builder.Enum(node.Name.Value, t => ReadValues(t, node.Values));
                break;
            case InputObjectTypeExtensionNode node:
                builder.InputObject(node.Name.Value, t => ReadInputFields(t, node.Directives, node.Fields));
                break;
            default:
                break;
        }
    }

    private static void ReadFields(ComplexTypeBuilder type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var field = type.Field(node.Name.Value, Printer.Print(node.Type)).Description(node.Description?.Value);
            if (AppliedDirectives.DeprecationReason(node.Directives) is { } reason)
            {
                field.Deprecated(reason);
            }

            foreach (var argument in node.Arguments)
            {
                field.Argument(argument.Name.Value, Printer.Print(argument.Type), a => ReadInputValue(a, argument));
            }
        }
    }

    private static void ReadValues(EnumTypeBuilder type, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            type.Value(value.Name.Value, description: value.Description?.Value, deprecationReason: AppliedDirectives.DeprecationReason(value.Directives));
        }
    }

    private static void ReadInputFields(InputObjectTypeBuilder type, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        if (AppliedDirectives.IsOneOf(directives))
        {
            type.OneOf();
        }

        foreach (var field in fields)
        {
            type.Field(field.Name.Value, Printer.Print(field.Type), f => ReadInputValue(f, field));
        }
    }

    private static string[] Names(IReadOnlyList<NamedTypeNode> types) => [.. types.Select(type => type.Name.Value)];
}
