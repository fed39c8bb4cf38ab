using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <c>TypeSystemExtension : SchemaExtension | TypeExtension</c>
    /// <see href="https://spec.graphql.org/September2025/#TypeSystemExtension"/>
    /// </summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
                default:
                    break;
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// <c>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Schema-Extension"/>
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>ScalarTypeExtension : extend scalar Name Directives[Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Scalar-Extensions"/>
    /// </summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Object-Extensions"/>
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name ImplementsInterfaces</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Interface-Extensions"/>
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Union-Extensions"/>
    /// </summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Enum-Extensions"/>
    /// </summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition
    /// | extend input Name Directives[Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Input-Object-Extensions"/>
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = Loc(start) };
    }
}
