namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>The documents mutated by the fuzzer: the kitchen sinks of tests/TestData and the conformance corpus.</summary>
public static class FuzzSeeds
{
    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load()
    {
        var root = RepoRoot();
        var files = Directory.GetFiles(Path.Combine(root, "tests", "TestData"), "*.graphql")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "conformance", "corpus"), "*.graphql"))
            .Order(StringComparer.Ordinal);
        return files.Select(File.ReadAllText).ToList();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Observatory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Observatory.sln not found above " + AppContext.BaseDirectory);
    }
}
