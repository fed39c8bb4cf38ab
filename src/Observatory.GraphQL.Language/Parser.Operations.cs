using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <c>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Language.Operations"/>
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet) { Location = Loc(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        return new OperationDefinitionNode(operation, name, variableDefinitions, directives, ParseSelectionSet(), description)
        {
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <c>OperationType : one of query mutation subscription</c>
    /// <see href="https://spec.graphql.org/September2025/#OperationType"/>
    /// </summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>
    /// <c>VariablesDefinition : ( VariableDefinition+ )</c>
    /// <see href="https://spec.graphql.org/September2025/#VariablesDefinition"/>
    /// </summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseVariableDefinition(), TokenKind.ParenR);

    /// <summary>
    /// <c>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</c>, with
    /// <c>DefaultValue : = Value[Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#VariableDefinition"/>
    /// </summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>Variable : $ Name</c>
    /// <see href="https://spec.graphql.org/September2025/#Variable"/>
    /// </summary>
    private VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode(ParseName()) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>SelectionSet : { Selection+ }</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Selection-Sets"/>
    /// </summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        EnterNesting();
        var selections = Many(TokenKind.BraceL, static p => p.ParseSelection(), TokenKind.BraceR);
        ExitNesting();
        return new SelectionSetNode(selections) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>Selection : Field | FragmentSpread | InlineFragment</c>
    /// <see href="https://spec.graphql.org/September2025/#Selection"/>
    /// </summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>
    /// <c>Field : Alias? Name Arguments? Directives? SelectionSet?</c>, with <c>Alias : Name :</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Language.Fields"/>
    /// </summary>
    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>Arguments[Const] : ( Argument[?Const]+ )</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Language.Arguments"/>
    /// </summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) => isConst
        ? OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: true), TokenKind.ParenR)
        : OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: false), TokenKind.ParenR);

    /// <summary>
    /// <c>Argument[Const] : Name : Value[?Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#Argument"/>
    /// </summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst)) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>FragmentSpread : ... FragmentName Directives?</c> and
    /// <c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Language.Fragments"/>
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(isConst: false)) { Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet()) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</c>,
    /// with <c>TypeCondition : on NamedType</c>
    /// <see href="https://spec.graphql.org/September2025/#FragmentDefinition"/>
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        var variableDefinitions = _options.AllowLegacyFragmentVariables ? ParseVariableDefinitions() : [];
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        return new FragmentDefinitionNode(name, variableDefinitions, typeCondition, directives, ParseSelectionSet(), description)
        {
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <c>FragmentName : Name but not on</c>
    /// <see href="https://spec.graphql.org/September2025/#FragmentName"/>
    /// </summary>
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
