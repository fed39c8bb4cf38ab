using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.6.1 Values of Correct Type, 5.6.2 Input Object Field Names, 5.6.4 Input Object Required Fields (and the OneOf
/// literal rules): every literal must be coercible to the input type expected where it appears.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case ListValueNode list:
                    if (context.ParentInputType?.Nullable is not ListType)
                    {
                        CheckLeaf(list);
                        return VisitAction.Skip;
                    }

                    break;
                case ObjectValueNode objectValue:
                    if (context.InputType?.UnderlyingType is not InputObjectType inputObject)
                    {
                        CheckLeaf(objectValue);
                        return VisitAction.Skip;
                    }

                    CheckInputObject(objectValue, inputObject);
                    break;
                case ObjectFieldNode field
                    when context.InputType is null && context.ParentInputType?.UnderlyingType is InputObjectType parentObject:
                    var suggestions = Suggestions.List(field.Name.Value, parentObject.Fields.Keys);
                    context.ReportError(
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parentObject.Name}\"." + Suggestions.DidYouMean(suggestions),
                        field);
                    break;
                case NullValueNode nullValue when context.InputType is NonNullType nonNull:
                    context.ReportError($"Expected value of type \"{nonNull}\", found null.", nullValue);
                    break;
                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    CheckLeaf((ValueNode)node);
                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        }

        private void CheckInputObject(ObjectValueNode node, InputObjectType type)
        {
            var provided = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields)
            {
                provided[field.Name.Value] = field;
            }

            foreach (var definition in type.Fields.Values)
            {
                if (!provided.ContainsKey(definition.Name) && definition.IsRequired)
                {
                    context.ReportError(
                        $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.",
                        node);
                }
            }

            if (!type.IsOneOf)
            {
                return;
            }

            if (provided.Count != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            }
            else if (provided.Values.First().Value is NullValueNode)
            {
                context.ReportError($"Field \"{type.Name}.{provided.Keys.First()}\" must be non-null.", node);
            }
        }

        // Leaf literals are checked by the type's own literal parsing; its message is the error.
        private void CheckLeaf(ValueNode node)
        {
            if (context.InputType is not { } locationType)
            {
                return;
            }

            var printed = ValuePrinter.Print(node);
            switch (locationType.UnderlyingType)
            {
                case EnumType enumType:
                    CheckEnum(node, enumType, printed);
                    break;
                case ScalarType scalar:
                    try
                    {
                        scalar.ParseLiteral(node);
                    }
                    catch (Exception error) when (error is GraphQLException or FormatException or OverflowException or ArgumentException or InvalidOperationException)
                    {
                        context.ReportError(
                            BuiltInScalars.IsBuiltIn(scalar.Name)
                                ? error.Message
                                : $"Expected value of type \"{locationType}\", found {printed}; {error.Message}",
                            node);
                    }

                    break;
                default:
                    context.ReportError($"Expected value of type \"{locationType}\", found {printed}.", node);
                    break;
            }
        }

        private void CheckEnum(ValueNode node, EnumType enumType, string printed)
        {
            string message;
            if (node is not EnumValueNode enumNode)
            {
                message = $"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}.";
            }
            else if (enumType.GetValue(enumNode.Value) is null)
            {
                message = $"Value \"{printed}\" does not exist in \"{enumType.Name}\" enum.";
            }
            else
            {
                return;
            }

            var suggestions = Suggestions.List(printed, enumType.Values.Select(v => v.Name));
            context.ReportError(message + Suggestions.DidYouMean("the enum value", suggestions), node);
        }
    }
}
