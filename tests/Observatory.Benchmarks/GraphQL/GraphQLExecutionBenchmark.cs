using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Utilities;

namespace Observatory.Benchmarks.GraphQL;

/// <summary>
/// Issue 6's benchmark: parse + execute typical documents against an in-memory schema, ours
/// beside graphql-js 16.15.0 on node doing the same work on the same data in the same run.
/// Prints per-document times and the ratio ours / graphql-js (goal: at most 0.5).
/// </summary>
internal static class GraphQLExecutionBenchmark
{
    public static int Run(int iterations)
    {
        var data = BenchmarkData.Create();
        var schema = BenchmarkSchema.Create(data);
        var documents = BenchmarkDocuments.All;

        var input = Path.Combine(Path.GetTempPath(), $"obs-graphql-bench-{Environment.ProcessId}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new
        {
            sdl = SchemaPrinter.Print(schema),
            data = new { metiers = data.Metiers, territories = data.Territories, values = data.Values },
            documents = documents.Select(d => new { name = d.Name, query = d.Query, variables = d.VariablesJson is null ? (JsonElement?)null : JsonDocument.Parse(d.VariablesJson).RootElement }),
            iterations,
        }));

        var ours = documents.Select(d => (d.Name, Ms: Measure(schema, d.Query, d.VariablesJson, iterations))).ToList();
        var theirs = NodeTool.Run(Path.Combine(AppContext.BaseDirectory, "node", "graphql-bench.mjs"), input);
        File.Delete(input);
        var reference = JsonDocument.Parse(theirs).RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("ms").GetDouble(), StringComparer.Ordinal);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GraphQL parse + execute, {iterations} iterations per document, best of 3 rounds after a 1 s warm-up"));
        Console.WriteLine($"{"document",-14} {"ours (ms)",10} {"graphql-js (ms)",16} {"ratio",7}");
        foreach (var (name, ms) in ours)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} {ms,10:F1} {reference[name],16:F1} {ms / reference[name],7:F2}"));
        }

        var total = ours.Sum(o => o.Ms);
        var totalReference = reference.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-14} {total,10:F1} {totalReference,16:F1} {total / totalReference,7:F2}   (goal: ≤ 0.50)"));
        return 0;
    }

    private static double Measure(Observatory.GraphQL.Types.GraphQLSchema schema, string query, string? variablesJson, int iterations)
    {
        JsonElement? variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
        {
            Execute(schema, query, variables);
        }

        // Best of three rounds, as the node side does, to damp the noise of a shared machine.
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                Execute(schema, query, variables);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static void Execute(Observatory.GraphQL.Types.GraphQLSchema schema, string query, JsonElement? variables)
    {
        var result = GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables,
        }).GetAwaiter().GetResult();
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException(result.Errors[0].Message);
        }
    }
}
