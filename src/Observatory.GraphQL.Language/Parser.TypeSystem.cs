using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Schema"/>
    /// </summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        return new SchemaDefinitionNode(directives, operationTypes, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>RootOperationTypeDefinition : OperationType : NamedType</c>
    /// <see href="https://spec.graphql.org/September2025/#RootOperationTypeDefinition"/>
    /// </summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType()) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Scalars"/>
    /// </summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode(name, ParseDirectives(isConst: true), description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Objects"/>
    /// </summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(name, interfaces, directives, fields, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</c>
    /// <see href="https://spec.graphql.org/September2025/#ImplementsInterfaces"/>
    /// </summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, static p => p.ParseNamedType()) : [];

    /// <summary>
    /// <c>FieldsDefinition : { FieldDefinition+ }</c>
    /// <see href="https://spec.graphql.org/September2025/#FieldsDefinition"/>
    /// </summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);

    /// <summary>
    /// <c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c>
    /// <see href="https://spec.graphql.org/September2025/#FieldDefinition"/>
    /// </summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(name, arguments, type, directives, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>ArgumentsDefinition : ( InputValueDefinition+ )</c>
    /// <see href="https://spec.graphql.org/September2025/#ArgumentsDefinition"/>
    /// </summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDefinition(), TokenKind.ParenR);

    /// <summary>
    /// <c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c>
    /// <see href="https://spec.graphql.org/September2025/#InputValueDefinition"/>
    /// </summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(name, type, defaultValue, directives, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Interfaces"/>
    /// </summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(name, interfaces, directives, fields, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Unions"/>
    /// </summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(name, directives, types, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType</c>
    /// <see href="https://spec.graphql.org/September2025/#UnionMemberTypes"/>
    /// </summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : [];

    /// <summary>
    /// <c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Enums"/>
    /// </summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(name, directives, values, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>EnumValuesDefinition : { EnumValueDefinition+ }</c>
    /// <see href="https://spec.graphql.org/September2025/#EnumValuesDefinition"/>
    /// </summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    /// <summary>
    /// <c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c>, with
    /// <c>EnumValue : Name but not true or false or null</c>
    /// <see href="https://spec.graphql.org/September2025/#EnumValueDefinition"/>
    /// </summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var token = Current;
        if (token.Kind == TokenKind.Name && token.Value is "true" or "false" or "null")
        {
            throw Error(token.Start, $"{token.Describe()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        return new EnumValueDefinitionNode(name, ParseDirectives(isConst: true), description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Input-Objects"/>
    /// </summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(name, directives, fields, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>InputFieldsDefinition : { InputValueDefinition+ }</c>
    /// <see href="https://spec.graphql.org/September2025/#InputFieldsDefinition"/>
    /// </summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDefinition(), TokenKind.BraceR);

    /// <summary>
    /// <c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Type-System.Directives"/>
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(name, arguments, repeatable, locations, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation</c>
    /// <see href="https://spec.graphql.org/September2025/#DirectiveLocations"/>
    /// </summary>
    private List<NameNode> ParseDirectiveLocations() =>
        DelimitedMany(TokenKind.Pipe, static p => p.ParseDirectiveLocation());

    /// <summary>
    /// <c>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</c>
    /// <see href="https://spec.graphql.org/September2025/#DirectiveLocation"/>
    /// </summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        return DirectiveLocations.IsValid(name.Value) ? name : throw Unexpected(start);
    }
}
