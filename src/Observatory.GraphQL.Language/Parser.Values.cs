using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <c>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Input-Values"/>
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = Loc(token) },
                    "false" => new BooleanValueNode(false) { Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode(token.Value!) { Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>
    /// <c>StringValue :: " StringCharacter* " | BlockString</c>
    /// <see href="https://spec.graphql.org/September2025/#StringValue"/>
    /// </summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    /// <summary>
    /// <c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-List-Value"/>
    /// </summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var values = isConst
            ? Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: false), TokenKind.BracketR);
        ExitNesting();
        return new ListValueNode(values) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Input-Object-Values"/>
    /// </summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var fields = isConst
            ? Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: false), TokenKind.BraceR);
        ExitNesting();
        return new ObjectValueNode(fields) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>ObjectField[Const] : Name : Value[?Const]</c>
    /// <see href="https://spec.graphql.org/September2025/#ObjectField"/>
    /// </summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst)) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>Directives[Const] : Directive[?Const]+</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Language.Directives"/>
    /// </summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));
        return directives;
    }

    /// <summary>
    /// <c>Directive[Const] : @ Name Arguments[?Const]?</c>
    /// <see href="https://spec.graphql.org/September2025/#Directive"/>
    /// </summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Current;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        return new DirectiveNode(name, ParseArguments(isConst)) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>Type : NamedType | ListType | NonNullType</c>, with <c>ListType : [ Type ]</c> and
    /// <c>NonNullType : NamedType ! | ListType !</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Type-References"/>
    /// </summary>
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(itemType) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = Loc(start) } : type;
    }

    /// <summary>
    /// <c>NamedType : Name</c>
    /// <see href="https://spec.graphql.org/September2025/#NamedType"/>
    /// </summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return new NamedTypeNode(ParseName()) { Location = Loc(start) };
    }
}
