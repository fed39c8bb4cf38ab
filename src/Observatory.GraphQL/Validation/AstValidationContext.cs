using System.Runtime.CompilerServices;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// What every rule sees, for an executable document (<see cref="ValidationContext"/>) or an SDL document
/// (<see cref="Sdl.SdlValidationContext"/>): the document, the ancestors of the node being visited, error reporting,
/// and the directives and types the document may refer to (graphql-js <c>ASTValidationContext</c>).
/// </summary>
public abstract class AstValidationContext
{
    private static readonly ConditionalWeakTable<object, IReadOnlyDictionary<string, DirectiveSignature>> ExistingDirectiveCache = new();

    private readonly Action<GraphQLError> _onError;
    private readonly List<Node> _ancestors = [];
    private IReadOnlyDictionary<string, DirectiveSignature>? _directives;

    private protected AstValidationContext(DocumentNode document, Action<GraphQLError> onError)
    {
        Document = document;
        _onError = onError;
    }

    public DocumentNode Document { get; }

    /// <summary>The nodes enclosing the node being visited, outermost (the document) first.</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors;

    /// <summary>The node directly enclosing the node being visited.</summary>
    public Node? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    /// <summary>
    /// The directives the document may use, by name: the existing ones (the schema's, or the built-in ones for SDL
    /// that extends nothing), replaced or completed by the document's own directive definitions.
    /// </summary>
    internal IReadOnlyDictionary<string, DirectiveSignature> Directives => _directives ??= MergeDirectives();

    /// <summary>The object <see cref="ExistingDirectives"/> depends on alone, so that its result can be reused.</summary>
    private protected abstract object ExistingDirectivesKey { get; }

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

    /// <summary>True if the schema the document is validated against (or extends) has a type named <paramref name="name"/>.</summary>
    internal abstract bool IsExistingType(string name);

    /// <summary>The names of the types of the schema the document is validated against (or extends), if any.</summary>
    internal abstract IEnumerable<string> ExistingTypeNames { get; }

    internal void PushAncestor(Node node) => _ancestors.Add(node);

    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);

    /// <summary>The directives that exist before the document's own definitions are read, in definition order.</summary>
    private protected abstract IEnumerable<DirectiveSignature> ExistingDirectives();

    private IReadOnlyDictionary<string, DirectiveSignature> MergeDirectives()
    {
        var existing = ExistingDirectiveCache.GetValue(ExistingDirectivesKey, _ => ExistingDirectives().ToDictionary(d => d.Name, StringComparer.Ordinal));
        if (!Document.Definitions.Any(definition => definition is DirectiveDefinitionNode))
        {
            return existing;
        }

        var merged = new Dictionary<string, DirectiveSignature>(existing, StringComparer.Ordinal);
        foreach (var definition in Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                merged[directive.Name.Value] = DirectiveSignature.FromNode(directive);
            }
        }

        return merged;
    }
}
