using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <c>Document : Definition+</c>
    /// <see href="https://spec.graphql.org/September2025/#sec-Document"/>
    /// </summary>
    private DocumentNode ParseDocument()
    {
        var definitions = Many(TokenKind.StartOfFile, static p => p.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode(definitions)
        {
            Location = _options.NoLocation ? null : new Location(0, _lexer.Source.Body.Length, 1, 1),
        };
    }

    /// <summary>
    /// <c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c>
    /// <see href="https://spec.graphql.org/September2025/#Definition"/>
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    if (hasDescription)
                    {
                        throw Error(Current.Start, "Unexpected description, descriptions are not supported on type extensions.");
                    }

                    return ParseTypeSystemExtension();
                default:
                    break;
            }
        }
        else if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// <c>Name :: NameStart NameContinue*</c>
    /// <see href="https://spec.graphql.org/September2025/#Name"/>
    /// </summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }

    /// <summary>
    /// <c>Description : StringValue</c>
    /// <see href="https://spec.graphql.org/September2025/#Description"/>
    /// </summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);
}
