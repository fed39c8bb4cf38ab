using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.4.1 Single Root Field: a subscription selects exactly one root field, which is not an introspection field.
/// The root selection set is collected without variables (spec <c>CollectSubscriptionFields</c>, September 2025), so
/// <c>@skip</c> and <c>@include</c> are forbidden there, in the fragments it spreads included (graphql-js 17 wording).
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
            var forbidden = new List<DirectiveNode>();
            Collect(subscriptionType, operation.SelectionSet, groups, forbidden, new HashSet<string>(StringComparer.Ordinal));
            if (forbidden.Count > 0)
            {
                context.ReportError($"{prefix} must not use `@skip` or `@include` directives in the top level selection.", forbidden);
                return VisitAction.Continue;
            }

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

        // CollectSubscriptionFields: a selection carrying @skip or @include is recorded as forbidden and left out.
        private void Collect(
            ObjectType type,
            SelectionSetNode selectionSet,
            OrderedDictionary<string, List<FieldNode>> groups,
            List<DirectiveNode> forbidden,
            HashSet<string> visited)
        {
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(1 + selection.Directives.Count);
                switch (selection)
                {
                    case FieldNode field when !IsForbidden(field, forbidden):
                        if (!groups.TryGetValue(field.ResponseName, out var fields))
                        {
                            fields = [];
                            groups.Add(field.ResponseName, fields);
                        }

                        fields.Add(field);
                        break;
                    case InlineFragmentNode inline when !IsForbidden(inline, forbidden) && Applies(inline.TypeCondition, type):
                        Collect(type, inline.SelectionSet, groups, forbidden, visited);
                        break;
                    case FragmentSpreadNode spread
                        when !visited.Contains(spread.Name.Value)
                            && !IsForbidden(spread, forbidden)
                            && context.GetFragment(spread.Name.Value) is { } fragment
                            && Applies(fragment.TypeCondition, type):
                        visited.Add(spread.Name.Value);
                        Collect(type, fragment.SelectionSet, groups, forbidden, visited);
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

        /// <summary>Records the selection's <c>@skip</c>, else its <c>@include</c>, and says whether it had either.</summary>
        private static bool IsForbidden(SelectionNode selection, List<DirectiveNode> forbidden)
        {
            var directive = selection.Directives.FirstOrDefault(d => d.Name.Value == "skip")
                ?? selection.Directives.FirstOrDefault(d => d.Name.Value == "include");
            if (directive is null)
            {
                return false;
            }

            forbidden.Add(directive);
            return true;
        }
    }
}
