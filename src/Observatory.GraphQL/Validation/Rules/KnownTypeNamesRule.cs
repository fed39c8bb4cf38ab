using Observatory.GraphQL.Introspection;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.2 Fragment Spread Type Existence (and variable types): every named type must exist in the schema.
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);
        private readonly List<string> _typeNames;
        private readonly List<string> _standardTypeNames;

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode type)
                {
                    _definedTypes.Add(type.Name.Value);
                }
            }

            _typeNames = [.. context.Schema.Types.Keys, .. _definedTypes];
            _standardTypeNames = [.. BuiltInScalars.All.Select(s => s.Name), .. IntrospectionTypes.All.Select(t => t.Name)];
        }

        public override VisitAction Enter(Node node)
        {
            if (node is not NamedTypeNode namedType)
            {
                return VisitAction.Continue;
            }

            var typeName = namedType.Name.Value;
            if (_context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName))
            {
                return VisitAction.Continue;
            }

            var ancestors = _context.Ancestors;
            var definition = ancestors.Count > 1 ? ancestors[1] : _context.Parent;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && _standardTypeNames.Contains(typeName))
            {
                return VisitAction.Continue;
            }

            var suggestions = Suggestions.List(typeName, isSdl ? [.. _standardTypeNames, .. _typeNames] : _typeNames);
            _context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), namedType);
            return VisitAction.Continue;
        }
    }
}
