using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Type system, Root Operation Types: the schema definition and its extensions give each operation at most one root
/// type, and never one the extended schema already has.
/// </summary>
public sealed class UniqueOperationTypesRule : ISdlValidationRule
{
    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : AstVisitor
    {
        private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

        public override VisitAction Enter(Node node)
        {
            var operationTypes = node switch
            {
                SchemaDefinitionNode definition => definition.OperationTypes,
                SchemaExtensionNode extension => extension.OperationTypes,
                _ => null,
            };
            if (operationTypes is null)
            {
                return VisitAction.Continue;
            }

            foreach (var operationType in operationTypes)
            {
                var operation = operationType.Operation;
                var name = operation.ToString().ToLowerInvariant();
                if (context.SchemaToExtend?.HasRootType(operation) == true)
                {
                    context.ReportError($"Type for {name} already defined in the schema. It cannot be redefined.", operationType);
                }
                else if (_defined.TryGetValue(operation, out var first))
                {
                    context.ReportError($"There can be only one {name} type in schema.", first, operationType);
                }
                else
                {
                    _defined[operation] = operationType;
                }
            }

            return VisitAction.Skip;
        }
    }
}
