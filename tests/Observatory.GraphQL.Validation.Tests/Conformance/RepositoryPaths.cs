namespace Observatory.GraphQL.Validation.Tests.Conformance;

/// <summary>Locates the repository's conformance folder (tests/conformance) from the test output directory.</summary>
internal static class RepositoryPaths
{
    public static string ConformanceDirectory { get; } = Find();

    public static string CorpusDirectory => Path.Combine(ConformanceDirectory, "corpus");

    public static string OracleScript => Path.Combine(ConformanceDirectory, "validate-oracle.mjs");

    /// <summary>The graphql-js test cases ported as data (one JSON file per rule test file).</summary>
    public static string PortedCasesDirectory => Path.Combine(ConformanceDirectory, "graphql-js-cases");

    public static string SdlOracleScript => Path.Combine(PortedCasesDirectory, "sdl-oracle.mjs");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "conformance");
            if (File.Exists(Path.Combine(candidate, "validate-oracle.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/conformance/validate-oracle.mjs not found above " + AppContext.BaseDirectory);
    }
}
