using Observatory.Api.Schema;
using Observatory.GraphQL.Utilities;

namespace Observatory.Api.Tests;

/// <summary>
/// The printed schema must equal <c>schemas/graphql/schema.graphql</c>, the contract with the dashboards. After an
/// intended change, run the tests with <c>OBSERVATORY_APPROVE=1</c> to rewrite the file, and review its diff.
/// </summary>
public sealed class SchemaApprovalTests
{
    [Fact]
    public void Printed_schema_matches_the_approved_file()
    {
        var printed = SchemaPrinter.Print(ObservatorySchema.Build()).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepoRoot(), "schemas", "graphql", "schema.graphql");
        if (Environment.GetEnvironmentVariable("OBSERVATORY_APPROVE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, printed);
        }

        var approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (approved != printed)
        {
            Assert.Fail($"The printed schema differs from {path}.\n{Diff(approved, printed)}\n"
                + "If the change is intended: OBSERVATORY_APPROVE=1 dotnet test tests/Observatory.Api.Tests --filter SchemaApprovalTests, then review the diff.");
        }
    }

    [Fact]
    public void Contract_fields_are_present()
    {
        var schema = ObservatorySchema.Build();
        var query = schema.QueryType;
        foreach (var field in new[] { "edition", "indicators", "indicator", "metiers", "metier", "territories", "territory", "periods", "observations", "tension", "tensionGrid", "compare", "series", "sources", "runs" })
        {
            Assert.True(query.Fields.ContainsKey(field), field);
        }
    }

    private static string Diff(string approved, string printed)
    {
        var before = approved.Split('\n');
        var after = printed.Split('\n');
        var lines = new List<string>();
        var count = Math.Max(before.Length, after.Length);
        for (var i = 0; i < count && lines.Count < 40; i++)
        {
            var a = i < before.Length ? before[i] : null;
            var b = i < after.Length ? after[i] : null;
            if (a != b)
            {
                lines.Add($"line {i + 1}:\n- {a}\n+ {b}");
            }
        }

        return string.Join('\n', lines);
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Observatory.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Observatory.sln not found above the test binaries.");
    }
}
