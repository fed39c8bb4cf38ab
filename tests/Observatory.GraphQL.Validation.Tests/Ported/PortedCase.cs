using System.Text.Json;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Validation.Tests.Conformance;

namespace Observatory.GraphQL.Validation.Tests.Ported;

/// <summary>
/// One graphql-js validation test case ported as data (tests/conformance/graphql-js-cases/*.json, written by
/// <c>extract-cases.mjs</c>): the rule, the document, the schema it extends or is validated against (SDL, or null) and
/// the errors graphql-js's test expects, each as <c>message @ line:column …</c>.
/// </summary>
public sealed record PortedCase(string File, string Name, string Rule, string Mode, string? Schema, string Document, IReadOnlyList<string> Errors)
{
    /// <summary>Every case of every file, in file then test order.</summary>
    public static IReadOnlyList<PortedCase> All { get; } = Load();

    public override string ToString() => $"{Rule}: {Name}";

    /// <summary>Formats graphql-js's <c>[{message, locations: [{line, column}]}]</c> JSON as the harness formats errors.</summary>
    public static List<string> FormatErrors(JsonElement errors) => errors.EnumerateArray()
        .Select(e => ExpectedError.Format(
            e.GetProperty("message").GetString()!,
            e.GetProperty("locations").EnumerateArray().Select(l => new ErrorLocation(l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()))))
        .ToList();

    private static List<PortedCase> Load()
    {
        var cases = new List<PortedCase>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.PortedCasesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            foreach (var entry in json.RootElement.GetProperty("cases").EnumerateArray())
            {
                cases.Add(new PortedCase(
                    Path.GetFileName(path),
                    entry.GetProperty("name").GetString()!,
                    entry.GetProperty("rule").GetString()!,
                    entry.GetProperty("mode").GetString()!,
                    entry.GetProperty("schema").GetString(),
                    entry.GetProperty("document").GetString()!,
                    FormatErrors(entry.GetProperty("errors"))));
            }
        }

        return cases;
    }
}
