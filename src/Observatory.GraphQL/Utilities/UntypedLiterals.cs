using System.Globalization;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Utilities;

/// <summary>
/// The CLR value of a literal read without a type (graphql-js <c>valueFromASTUntyped</c>): integers as
/// <see cref="long"/> (or <see cref="double"/> past its range), floats as <see cref="double"/>, strings and enum
/// names as <see cref="string"/>, lists as <see cref="List{T}"/>, objects as string-keyed dictionaries and variables
/// as their values.
/// </summary>
internal static class UntypedLiterals
{
    public static object? ToValue(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        BooleanValueNode boolean => boolean.Value,
        StringValueNode text => text.Value,
        EnumValueNode enumValue => enumValue.Value,
        IntValueNode integer => long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : double.Parse(integer.Value, CultureInfo.InvariantCulture),
        FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
        ListValueNode list => list.Values.Select(item => ToValue(item, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(field => field.Name.Value, field => ToValue(field.Value, variables), StringComparer.Ordinal),
        VariableNode variable => JsonValues.ToClr(variables?.GetValueOrDefault(variable.Name.Value)),
        _ => throw new ArgumentException($"Unknown value node {node.Kind}.", nameof(node)),
    };
}
