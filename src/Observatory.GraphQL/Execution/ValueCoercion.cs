using System.Collections;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Execution;

/// <summary>
/// Input coercion (spec 6.4.1 CoerceVariableValues, 6.4.2 CoerceArgumentValues, and value coercion of
/// Section 3): absent differs from an explicit null, defaults apply only to absent values.
/// </summary>
internal static partial class ValueCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Coerces an operation's variables; returns the errors (request errors) when any.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?> inputs,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(Error(ExecutionMessages.VariableNotInputType(name, ValuePrinterType(definition.Type)), definition));
                continue;
            }

            var hasValue = inputs.TryGetValue(name, out var value);
            if (!hasValue && definition.DefaultValue is not null)
            {
                if (TryValueFromAst(definition.DefaultValue, type, null, out var defaultValue))
                {
                    coerced[name] = defaultValue;
                }

                continue;
            }

            if ((!hasValue || value is null) && type.IsNonNull)
            {
                errors.Add(Error(
                    hasValue
                        ? ExecutionMessages.VariableNonNullIsNull(name, type.ToString()!)
                        : ExecutionMessages.VariableNotProvided(name, type.ToString()!),
                    definition));
                continue;
            }

            if (!hasValue)
            {
                continue;
            }

            if (value is null)
            {
                coerced[name] = null;
                continue;
            }

            var failures = new List<(string Path, object? Value, string Message)>();
            var result = CoerceInputValue(value, type, [], failures);
            if (failures.Count == 0)
            {
                coerced[name] = result;
                continue;
            }

            foreach (var (path, invalid, message) in failures)
            {
                errors.Add(Error(ExecutionMessages.VariableInvalidValue(name, Inspector.Inspect(invalid), path, message), definition));
            }
        }

        return coerced;
    }

    /// <summary>Coerces a field's or directive's arguments from literals and variables.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var node = arguments.FirstOrDefault(a => string.Equals(a.Name.Value, definition.Name, StringComparison.Ordinal));
            var hasValue = node is not null;
            var isNull = node?.Value is NullValueNode;
            if (node?.Value is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out var variableValue);
                isNull = hasValue && variableValue is null;
            }

            if (!hasValue && definition.HasDefaultValue)
            {
                coerced[definition.Name] = definition.DefaultValue;
                continue;
            }

            if ((!hasValue || isNull) && definition.Type.IsNonNull)
            {
                var message = isNull
                    ? ExecutionMessages.ArgumentNonNullIsNull(definition.Name, definition.Type.ToString()!)
                    : node?.Value is VariableNode missing
                        ? ExecutionMessages.ArgumentVariableNotProvided(definition.Name, definition.Type.ToString()!, missing.Name.Value)
                        : ExecutionMessages.ArgumentNotProvided(definition.Name, definition.Type.ToString()!);
                throw new LocatedException(message, (Node?)node?.Value ?? node);
            }

            if (!hasValue)
            {
                continue;
            }

            if (node!.Value is VariableNode usedVariable)
            {
                coerced[definition.Name] = variables[usedVariable.Name.Value];
            }
            else if (TryValueFromAst(node.Value, definition.Type, variables, out var value))
            {
                coerced[definition.Name] = value;
            }
            else
            {
                throw new LocatedException(ExecutionMessages.ArgumentInvalidValue(definition.Name, ValuePrinter.Print(node.Value)), node.Value);
            }
        }

        return coerced;
    }

    /// <summary>The schema type a type node names, or null if unknown.</summary>
    public static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static string ValuePrinterType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => ValuePrinterType(nonNull.Type) + "!",
        ListTypeNode list => "[" + ValuePrinterType(list.Type) + "]",
        NamedTypeNode named => named.Name.Value,
        _ => "",
    };

    private static GraphQLError Error(string message, Node node) => new(message)
    {
        Locations = node.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null,
        Extensions = GraphQLError.CodeExtensions(ErrorCodes.BadUserInput),
    };

    private static bool IsList(object value) => value is IEnumerable and not string and not IDictionary;
}
