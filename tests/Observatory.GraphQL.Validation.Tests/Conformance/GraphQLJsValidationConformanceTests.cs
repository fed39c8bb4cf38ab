using System.Text;
using System.Text.Json;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language;

namespace Observatory.GraphQL.Validation.Tests.Conformance;

/// <summary>
/// Issue 7 item 2: every corpus document is validated by graphql-js 16.15.0 (over our own introspection, rebuilt with
/// <c>buildClientSchema</c>) and by <see cref="DocumentValidator"/>; both must reject the same documents with the
/// same messages and locations, in the same order. Parse errors must agree on position.
/// </summary>
public sealed class GraphQLJsValidationConformanceTests
{
    // Deliberate deviation: graphql-js 16 has no Operation Type Existence rule (it fails at execution instead).
    private const string OperationTypeExistenceSuffix = " operation is not supported by the schema.";

    // Deliberate deviations, document by document: what we report (the September 2025 spec, graphql-js 17 wording)
    // where graphql-js 16 reports something else.
    private static readonly Dictionary<string, string[]> Deviations = new(StringComparer.Ordinal)
    {
        // Issue 20: CollectSubscriptionFields forbids @skip/@include at the subscription root.
        ["019-sub-skipped-literal.graphql"] =
            ["Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection. @ 3:10"],
    };

    [NodeFact]
    public async Task Validate_Corpus_MatchesGraphQLJs()
    {
        var files = Directory.GetFiles(RepositoryPaths.CorpusDirectory, "*.graphql");
        Assert.True(files.Length >= 300, $"the corpus holds {files.Length} documents; at least 300 are expected.");

        var oracle = await RunOracleAsync();
        Assert.Equal(files.Length, oracle.Count);
        Assert.Contains(oracle.Values, o => o.Errors.Count == 0 && o.ParseError is null);
        Assert.Contains(oracle.Values, o => o.Errors.Count > 0);

        var differences = new StringBuilder();
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var expected = oracle[name];
            var actual = OurOutcome(File.ReadAllText(file));
            if (Deviations.TryGetValue(name, out var deviation))
            {
                Assert.False(expected.Lines.SequenceEqual(deviation), $"{name}: graphql-js now agrees; drop the deviation.");
                Assert.Equal(deviation, actual);
            }
            else if (!expected.Lines.SequenceEqual(actual))
            {
                differences.AppendLine($"--- {name}")
                    .AppendLine("graphql-js:").AppendLine(string.Join(Environment.NewLine, expected.Lines.Select(l => "  " + l)))
                    .AppendLine("ours:").AppendLine(string.Join(Environment.NewLine, actual.Select(l => "  " + l)));
            }
        }

        Assert.True(differences.Length == 0, "Validation differs from graphql-js 16.15.0:" + Environment.NewLine + differences);
    }

    private static List<string> OurOutcome(string text)
    {
        try
        {
            var document = Parser.Parse(text);
            return DocumentValidator.Validate(ValidationSchema.Instance, document)
                .Where(e => !e.Message.EndsWith(OperationTypeExistenceSuffix, StringComparison.Ordinal))
                .Select(e => ExpectedError.Format(e.Message, e.Locations ?? []))
                .ToList();
        }
        catch (GraphQLSyntaxException syntax)
        {
            return [$"parse error @ {syntax.Line}:{syntax.Column}"];
        }
    }

    private static async Task<Dictionary<string, OracleOutcome>> RunOracleAsync()
    {
        var query = NodeTool.Run(RepositoryPaths.OracleScript, "--introspection-query");
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = ValidationSchema.Instance,
            Document = Parser.Parse(query),
        });
        Assert.Empty(result.Errors);

        var introspectionFile = Path.Combine(Path.GetTempPath(), $"observatory-introspection-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(introspectionFile, result.ToJson());
            var output = NodeTool.Run(RepositoryPaths.OracleScript, introspectionFile, RepositoryPaths.CorpusDirectory);
            using var json = JsonDocument.Parse(output);
            return json.RootElement.EnumerateArray().ToDictionary(
                entry => entry.GetProperty("file").GetString()!,
                OracleOutcome.FromJson,
                StringComparer.Ordinal);
        }
        finally
        {
            File.Delete(introspectionFile);
        }
    }

    private sealed record OracleOutcome(string? ParseError, IReadOnlyList<string> Errors)
    {
        public IReadOnlyList<string> Lines => ParseError is null ? Errors : [ParseError];

        public static OracleOutcome FromJson(JsonElement entry)
        {
            if (entry.TryGetProperty("threw", out var threw))
            {
                return new OracleOutcome(null, ["graphql-js threw: " + threw.GetString()]);
            }

            string? parseError = null;
            if (entry.TryGetProperty("parseError", out var parse))
            {
                var location = parse.GetProperty("locations")[0];
                parseError = $"parse error @ {location.GetProperty("line").GetInt32()}:{location.GetProperty("column").GetInt32()}";
            }

            var errors = entry.GetProperty("errors").EnumerateArray()
                .Select(e => ExpectedError.Format(
                    e.GetProperty("message").GetString()!,
                    e.GetProperty("locations").EnumerateArray().Select(l => new Errors.ErrorLocation(l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()))))
                .ToList();
            return new OracleOutcome(parseError, errors);
        }
    }
}
