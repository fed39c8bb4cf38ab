using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.4.1 Single Root Field: a subscription selects exactly one root field, which is not an introspection field.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
                || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return VisitAction.Continue;
            }

            var name = operation.Name?.Value;
            var prefix = name is null ? "Anonymous Subscription" : $"Subscription \"{name}\"";
            var groups = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            Collect(subscriptionType, operation.SelectionSet, groups, new HashSet<string>(StringComparer.Ordinal));
            if (groups.Count > 1)
            {
                context.ReportError($"{prefix} must select only one top level field.", groups.Values.Skip(1).SelectMany(fields => fields));
            }

            foreach (var fields in groups.Values)
            {
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError($"{prefix} must not select an introspection top level field.", fields);
                }
            }

            return VisitAction.Continue;
        }

        // CollectFields with no variable values: @skip/@include apply only with literal conditions.
        private void Collect(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> groups, HashSet<string> visited)
        {
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(1 + selection.Directives.Count);
                if (!ShouldInclude(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!groups.TryGetValue(field.ResponseName, out var fields))
                        {
                            fields = [];
                            groups.Add(field.ResponseName, fields);
                        }

                        fields.Add(field);
                        break;
                    case InlineFragmentNode inline when Applies(inline.TypeCondition, type):
                        Collect(type, inline.SelectionSet, groups, visited);
                        break;
                    case FragmentSpreadNode spread
                        when visited.Add(spread.Name.Value)
                            && context.GetFragment(spread.Name.Value) is { } fragment
                            && Applies(fragment.TypeCondition, type):
                        Collect(type, fragment.SelectionSet, groups, visited);
                        break;
                    default:
                        break;
                }
            }
        }

        private bool Applies(NamedTypeNode? condition, ObjectType type)
        {
            if (condition is null)
            {
                return true;
            }

            var conditionType = context.Schema.GetType(condition.Name.Value);
            return ReferenceEquals(conditionType, type)
                || (conditionType is { IsAbstractType: true } && TypeRelations.IsPossibleSubType(context.Schema, conditionType, type));
        }

        private static bool ShouldInclude(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
                if (directive.Name.Value == "skip" && condition is BooleanValueNode { Value: true })
                {
                    return false;
                }

                if (directive.Name.Value == "include" && condition is BooleanValueNode { Value: false })
                {
                    return false;
                }
            }

            return true;
        }
    }
}
