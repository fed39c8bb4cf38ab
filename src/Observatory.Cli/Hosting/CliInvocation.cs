namespace Observatory.Cli.Hosting;

/// <summary>
/// How to run the CLI again from a shell, for the commands it suggests: <c>observatory …</c> when such a command is on
/// the PATH, else the <c>dotnet</c> invocation of this very program (nothing is installed by a clone).
/// </summary>
internal static class CliInvocation
{
    /// <summary>The command line that runs <paramref name="arguments"/> (already quoted as needed).</summary>
    public static string Command(string arguments) => $"{Program()} {arguments}";

    private static string Program()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        if (path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, "observatory"))))
        {
            return "observatory";
        }

        var assembly = typeof(CliInvocation).Assembly.Location;
        return string.IsNullOrEmpty(assembly) ? "observatory" : $"dotnet \"{assembly}\"";
    }
}
