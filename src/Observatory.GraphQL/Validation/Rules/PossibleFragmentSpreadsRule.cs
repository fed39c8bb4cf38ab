using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.2.3 Fragment Spread Is Possible: a fragment's type must be able to overlap the type it is spread in.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case InlineFragmentNode inline
                    when context.Type is NamedType { IsCompositeType: true } fragmentType
                        && context.ParentType is { IsCompositeType: true } parentType
                        && !TypeRelations.DoTypesOverlap(context.Schema, fragmentType, parentType):
                    context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                        inline);
                    break;
                case FragmentSpreadNode spread
                    when FragmentType(spread.Name.Value) is { } fragmentType
                        && context.ParentType is { } parentType
                        && !TypeRelations.DoTypesOverlap(context.Schema, fragmentType, parentType):
                    context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                        spread);
                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        }

        private NamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { IsCompositeType: true } type
                ? type
                : null;
    }
}
