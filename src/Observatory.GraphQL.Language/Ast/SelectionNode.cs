namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>Selection : Field | FragmentSpread | InlineFragment</c></summary>
public abstract record SelectionNode : Node
{
    private protected SelectionNode()
    {
    }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}
