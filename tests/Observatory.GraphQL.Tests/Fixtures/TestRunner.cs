using System.Text.Json;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Tests.Fixtures;

/// <summary>Parses and executes a query, returning the result and its JSON.</summary>
public static class TestRunner
{
    public static async Task<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        string query,
        string? variablesJson = null,
        string? operationName = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default)
    {
        object? variables = null;
        if (variablesJson is not null)
        {
            using var document = JsonDocument.Parse(variablesJson);
            variables = document.RootElement.Clone();
        }

        return await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables,
            OperationName = operationName,
            RootValue = rootValue,
            CancellationToken = cancellationToken,
        });
    }

    public static async Task<string> ExecuteJsonAsync(GraphQLSchema schema, string query, string? variablesJson = null, string? operationName = null) =>
        (await ExecuteAsync(schema, query, variablesJson, operationName)).ToJson();

    /// <summary>Single quotes to double quotes, so expected JSON reads well in C#.</summary>
    public static string Json(string text) => text.Replace('\'', '"');
}
