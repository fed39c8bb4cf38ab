using System.Text.Json;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Validation.Cost;

/// <summary>
/// Prices an operation before execution from its coerced variables (see <see cref="CostModel"/>), over the fragment
/// graph with memoisation, never by expanding it.
/// </summary>
public static class CostAnalyzer
{
    /// <summary>
    /// Prices <paramref name="operation"/> with raw <paramref name="variableValues"/> (a JSON object element, a
    /// string-keyed dictionary, or null), coerced as execution will coerce them. Returns null when the variables do not
    /// coerce: execution then fails with a request error before running anything.
    /// </summary>
    public static CostReport? Analyze(GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation, object? variableValues, CostModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        if (!TryCoerceVariables(schema, operation, variableValues, out var variables))
        {
            return null;
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return Price(schema, fragments.GetValueOrDefault, operation, variables, model ?? CostModel.Default);
    }

    internal static CostReport Price(
        GraphQLSchema schema,
        Func<string, FragmentDefinitionNode?> fragments,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        CostModel model) =>
        new CostWalker(schema, fragments, model, variables).Price(operation.SelectionSet, schema.GetRootType(operation.Operation));

    internal static bool TryCoerceVariables(GraphQLSchema schema, OperationDefinitionNode operation, object? raw, out IReadOnlyDictionary<string, object?> variables)
    {
        IReadOnlyDictionary<string, object?> inputs;
        switch (raw)
        {
            case null:
            case JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
                break;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                inputs = (IReadOnlyDictionary<string, object?>)JsonValues.FromElement(element)!;
                break;
            case IReadOnlyDictionary<string, object?> map:
                inputs = map;
                break;
            default:
                variables = new Dictionary<string, object?>();
                return false;
        }

        var errors = new List<GraphQLError>();
        variables = ValueCoercion.CoerceVariableValues(schema, operation.VariableDefinitions, inputs, errors);
        return errors.Count == 0;
    }
}
