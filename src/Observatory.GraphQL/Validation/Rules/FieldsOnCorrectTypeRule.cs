using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.1 Field Selections: every selected field must be defined on the parent type (meta-fields included).
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            if (node is not FieldNode field || context.ParentType is not { } parentType || context.FieldDefinition is not null)
            {
                return VisitAction.Continue;
            }

            var name = field.Name.Value;
            var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, parentType, name));
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(parentType is ComplexType complex ? Suggestions.List(name, complex.Fields.Keys) : []);
            }

            context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\"." + suggestion, field);
            return VisitAction.Continue;
        }

        // Object and interface types of an abstract parent that define the field: most used first, interfaces
        // before their implementations, then in natural order.
        private static List<string> SuggestedTypeNames(GraphQLSchema schema, NamedType parentType, string fieldName)
        {
            if (!parentType.IsAbstractType)
            {
                return [];
            }

            var suggested = new List<ComplexType>();
            var usage = new Dictionary<ComplexType, int>(ReferenceEqualityComparer.Instance);
            foreach (var possible in schema.GetPossibleTypes(parentType))
            {
                if (!possible.Fields.ContainsKey(fieldName))
                {
                    continue;
                }

                if (usage.TryAdd(possible, 1))
                {
                    suggested.Add(possible);
                }

                foreach (var implemented in possible.Interfaces)
                {
                    if (!implemented.Fields.ContainsKey(fieldName))
                    {
                        continue;
                    }

                    if (usage.TryGetValue(implemented, out var count))
                    {
                        usage[implemented] = count + 1;
                    }
                    else
                    {
                        usage[implemented] = 1;
                        suggested.Add(implemented);
                    }
                }
            }

            JsSort.Sort(suggested, (a, b) =>
            {
                var diff = usage[b] - usage[a];
                if (diff != 0)
                {
                    return diff;
                }

                if (a is InterfaceType ia && TypeRelations.IsPossibleSubType(schema, ia, b))
                {
                    return -1;
                }

                if (b is InterfaceType ib && TypeRelations.IsPossibleSubType(schema, ib, a))
                {
                    return 1;
                }

                return Suggestions.NaturalCompare(a.Name, b.Name);
            });
            return suggested.ConvertAll(type => type.Name);
        }
    }
}
