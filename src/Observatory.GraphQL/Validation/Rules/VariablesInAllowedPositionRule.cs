using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.5 All Variable Usages Are Allowed: a variable's type must fit every position it is used in; a nullable
/// variable fills a non-null position only with a non-null default on either side, never a OneOf field.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _definitions.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _definitions[definition.Variable.Name.Value] = definition;
                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        }

        public override VisitAction Leave(Node node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitAction.Continue;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is null)
                {
                    continue;
                }

                if (TypeReferences.Resolve(context.Schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(variableType, definition.DefaultValue, usage.Type, usage.HasLocationDefault))
                {
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                        definition,
                        usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && !variableType.IsNonNull)
                {
                    context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition,
                        usage.Node);
                }
            }

            return VisitAction.Continue;
        }

        private static bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
        {
            if (locationType is NonNullType nonNullLocation && !variableType.IsNonNull)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                return (hasNonNullVariableDefault || hasLocationDefault) && TypeComparison.IsSubType(variableType, nonNullLocation.OfType);
            }

            return TypeComparison.IsSubType(variableType, locationType);
        }
    }
}
