using System.Text;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Utilities;

/// <summary>Prints value literals as graphql-js does (<c>[1, 2]</c>, <c>{a: "x"}</c>), for messages and default values.</summary>
public static class ValuePrinter
{
    public static string Print(ValueNode node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intNode:
                builder.Append(intNode.Value);
                break;
            case FloatValueNode floatNode:
                builder.Append(floatNode.Value);
                break;
            case StringValueNode { Block: true } block:
                builder.Append(BlockString.Print(block.Value));
                break;
            case StringValueNode stringNode:
                builder.Append(StringLiterals.Quote(stringNode.Value));
                break;
            case BooleanValueNode booleanNode:
                builder.Append(booleanNode.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumNode:
                builder.Append(enumNode.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Append(builder, obj.Fields[i].Value);
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node {node.Kind}.", nameof(node));
        }
    }
}
