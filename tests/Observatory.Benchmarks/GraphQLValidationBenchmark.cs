using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;
using Observatory.GraphQL.Validation;
using Observatory.GraphQL.Validation.Tests;

namespace Observatory.Benchmarks;

/// <summary>
/// Issue 7's benchmark: validation time of the conformance corpus (tests/conformance/corpus, the documents that
/// parse), ours beside graphql-js 16.15.0 on node validating the same documents against the same schema (printed
/// from ours as SDL) in the same run. Parsing is outside the measure on both sides. Prints both times and the ratio
/// ours / graphql-js (goal: at most 0.5). Arguments: <c>--iterations N</c> (default 50 passes over the corpus).
/// </summary>
public static class GraphQLValidationBenchmark
{
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var iterations = args.SkipWhile(a => a != "--iterations").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(50);
        var schema = ValidationSchema.Instance;
        var texts = Corpus();
        var documents = texts.Select(t => Parser.Parse(t)).ToList();

        var input = Path.Combine(Path.GetTempPath(), $"obs-validate-bench-{Environment.ProcessId}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new { sdl = SchemaPrinter.Print(schema), documents = texts, iterations }));
        var (ours, ourErrors) = Measure(schema, documents, iterations);
        string theirsJson;
        try
        {
            theirsJson = NodeTool.Run(Path.Combine(AppContext.BaseDirectory, "node", "validate-bench.mjs"), input);
        }
        finally
        {
            File.Delete(input);
        }

        using var theirs = JsonDocument.Parse(theirsJson);
        var reference = theirs.RootElement.GetProperty("ms").GetDouble();
        var referenceErrors = theirs.RootElement.GetProperty("errors").GetInt32();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GraphQL validation of the conformance corpus: {documents.Count} documents × {iterations} passes"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-12} {"total (ms)",11} {"per doc (µs)",13} {"errors/pass",12}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"ours",-12} {ours,11:F1} {ours * 1000 / (documents.Count * (double)iterations),13:F2} {ourErrors,12}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"graphql-js",-12} {reference,11:F1} {reference * 1000 / (documents.Count * (double)iterations),13:F2} {referenceErrors,12}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio ours / graphql-js: {ours / reference:F2}   (goal: ≤ 0.50)"));
        return 0;
    }

    private static (double Ms, int Errors) Measure(GraphQLSchema schema, List<DocumentNode> documents, int iterations)
    {
        var errors = Pass(schema, documents);
        for (var i = 0; i < Math.Min(20, iterations); i++)
        {
            Pass(schema, documents);
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            Pass(schema, documents);
        }

        return (watch.Elapsed.TotalMilliseconds, errors);
    }

    private static int Pass(GraphQLSchema schema, List<DocumentNode> documents)
    {
        var errors = 0;
        foreach (var document in documents)
        {
            errors += DocumentValidator.Validate(schema, document).Count;
        }

        return errors;
    }

    /// <summary>The corpus documents that parse (graphql-js and we agree on which ones do not).</summary>
    private static List<string> Corpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Observatory.sln")))
        {
            directory = directory.Parent;
        }

        var corpus = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Observatory.sln not found"), "tests", "conformance", "corpus");
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(corpus, "*.graphql").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            try
            {
                Parser.Parse(text);
                texts.Add(text);
            }
            catch (GraphQLSyntaxException)
            {
                // parse errors are not validation work
            }
        }

        return texts;
    }
}
