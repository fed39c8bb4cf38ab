using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.6.3 Input Object Field Uniqueness: an input object literal must not give the same field twice.
/// </summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule, ISdlValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(AstValidationContext context) : AstVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _stack = new();

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case ObjectValueNode:
                    _stack.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                    break;
                case ObjectFieldNode field when _stack.TryPeek(out var known):
                    if (known.TryGetValue(field.Name.Value, out var first))
                    {
                        context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                    }
                    else
                    {
                        known[field.Name.Value] = field.Name;
                    }

                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        }

        public override VisitAction Leave(Node node)
        {
            if (node is ObjectValueNode)
            {
                _stack.Pop();
            }

            return VisitAction.Continue;
        }
    }
}
