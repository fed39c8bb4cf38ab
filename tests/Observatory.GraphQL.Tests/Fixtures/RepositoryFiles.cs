namespace Observatory.GraphQL.Tests.Fixtures;

/// <summary>Reads files of the repository (found above the test output directory by its solution file).</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Observatory.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Observatory.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The text of a file given by its path from the repository root, with <c>\n</c> line ends.</summary>
    public static string ReadText(params string[] path) =>
        File.ReadAllText(Path.Combine([Root.Value, .. path])).ReplaceLineEndings("\n");
}
