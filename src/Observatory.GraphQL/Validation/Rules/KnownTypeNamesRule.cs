using Observatory.GraphQL.Introspection;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.2 Fragment Spread Type Existence (and variable types): every named type must exist in the schema. In SDL,
/// a type reference names a type of the document, of the extended schema, or a built-in one.
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule, ISdlValidationRule
{
    private static readonly string[] StandardTypeNames =
        [.. BuiltInScalars.All.Select(s => s.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly AstValidationContext _context;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);

        public Visitor(AstValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode type)
                {
                    _definedTypes.Add(type.Name.Value);
                }
            }
        }

        public override VisitAction Enter(Node node)
        {
            if (node is not NamedTypeNode namedType)
            {
                return VisitAction.Continue;
            }

            var typeName = namedType.Name.Value;
            if (_context.IsExistingType(typeName) || _definedTypes.Contains(typeName))
            {
                return VisitAction.Continue;
            }

            var ancestors = _context.Ancestors;
            var definition = ancestors.Count > 1 ? ancestors[1] : _context.Parent;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName))
            {
                return VisitAction.Continue;
            }

            IEnumerable<string> typeNames = [.. _context.ExistingTypeNames, .. _definedTypes];
            var suggestions = Suggestions.List(typeName, isSdl ? [.. StandardTypeNames, .. typeNames] : typeNames);
            _context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), namedType);
            return VisitAction.Continue;
        }
    }
}
