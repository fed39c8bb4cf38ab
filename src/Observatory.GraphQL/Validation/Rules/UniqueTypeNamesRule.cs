using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>Type system, Types: all types within a schema have unique names, the extended schema's included.</summary>
public sealed class UniqueTypeNamesRule : ISdlValidationRule
{
    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            if (node is not TypeDefinitionNode type)
            {
                return VisitAction.Continue;
            }

            var name = type.Name.Value;
            if (context.SchemaToExtend?.GetType(name) is not null)
            {
                context.ReportError($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.", type.Name);
            }
            else if (_known.TryGetValue(name, out var first))
            {
                context.ReportError($"There can be only one type named \"{name}\".", first, type.Name);
            }
            else
            {
                _known[name] = type.Name;
            }

            return VisitAction.Skip;
        }
    }
}
