using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// What every rule sees during one validation run: the schema and document, the <see cref="TypeInfo"/> at the
/// current node, its ancestors, error reporting, and lookups shared by all rules (fragments, spreads, variable
/// usages), each computed once.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly Action<GraphQLError> _onError;
    private readonly List<Node> _ancestors = [];

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _onError = onError;
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The nodes enclosing the node being visited, outermost (the document) first.</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors;

    /// <summary>The node directly enclosing the node being visited.</summary>
    public Node? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    public GraphQLType? Type => TypeInfo.Type;

    public NamedType? ParentType => TypeInfo.ParentType;

    public GraphQLType? InputType => TypeInfo.InputType;

    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    public FieldDefinition? FieldDefinition => TypeInfo.FieldDefinition;

    public DirectiveDefinition? Directive => TypeInfo.Directive;

    public InputValueDefinition? Argument => TypeInfo.Argument;

    /// <summary>Reports an error located at each of <paramref name="nodes"/> (in order, nodes without location skipped).</summary>
    public void ReportError(string message, params IEnumerable<Node?> nodes)
    {
        var locations = new List<ErrorLocation>();
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        _onError(new GraphQLError(message)
        {
            Locations = locations.Count > 0 ? locations : null,
            Extensions = GraphQLError.CodeExtensions(ErrorCodes.ValidationFailed),
        });
    }

    internal void PushAncestor(Node node) => _ancestors.Add(node);

    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);
}
