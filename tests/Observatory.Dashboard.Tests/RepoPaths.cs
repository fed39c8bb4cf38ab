namespace Observatory.Dashboard.Tests;

/// <summary>Paths of the checkout the tests run from: the repository root and the screenshot folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>artifacts/screenshots/</c> (created), where the browser tests keep their screenshots.</summary>
    public static string Screenshots
    {
        get
        {
            var dir = Path.Combine(Root, "artifacts", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>
    /// The <c>observatory.dll</c> to run: the copy beside the tests when the dashboard was copied with it,
    /// else the CLI's own output folder of the same configuration.
    /// </summary>
    public static string CliDll()
    {
        var here = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(here, "observatory.dll")) && File.Exists(Path.Combine(here, "dashboard", "index.html")))
        {
            return Path.Combine(here, "observatory.dll");
        }
        var configuration = new DirectoryInfo(here.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var cli = Path.Combine(Root, "artifacts", "bin", "Observatory.Cli", configuration, "observatory.dll");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"observatory.dll not found beside the tests nor at {cli}: build src/Observatory.Cli first.");
        }
        return cli;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Observatory.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Repository root (Observatory.sln) not found above " + AppContext.BaseDirectory);
    }
}
