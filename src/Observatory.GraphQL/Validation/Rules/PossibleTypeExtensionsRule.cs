using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Internal;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Type system, type extensions: a type extension extends a type that is defined, in the document or in the
/// extended schema, and of the same kind (<c>extend enum</c> only an enum…).
/// </summary>
public sealed class PossibleTypeExtensionsRule : ISdlValidationRule
{
    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly SdlValidationContext _context;
        private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);

        public Visitor(SdlValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode type)
                {
                    _definedTypes[type.Name.Value] = type;
                }
            }
        }

        public override VisitAction Enter(Node node)
        {
            if (node is not TypeExtensionNode extension)
            {
                return VisitAction.Continue;
            }

            var typeName = extension.Name.Value;
            var definition = _definedTypes.GetValueOrDefault(typeName);
            var expected = definition is not null ? TypeSystemKinds.Of(definition) : _context.SchemaToExtend?.GetType(typeName)?.Kind;
            if (expected is null)
            {
                var candidates = _definedTypes.Keys.Concat(_context.SchemaToExtend?.TypeNames ?? []);
                _context.ReportError(
                    $"Cannot extend type \"{typeName}\" because it is not defined." + Suggestions.DidYouMean(Suggestions.List(typeName, candidates)),
                    extension.Name);
            }
            else if (TypeSystemKinds.Of(extension) is { } actual && actual != expected)
            {
                _context.ReportError(
                    $"Cannot extend non-{TypeSystemKinds.Describe(actual)} type \"{typeName}\".",
                    definition is null ? [extension] : [definition, extension]);
            }

            return VisitAction.Continue;
        }
    }
}
