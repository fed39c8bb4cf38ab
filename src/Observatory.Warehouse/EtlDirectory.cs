namespace Observatory.Warehouse;

/// <summary>
/// Finds the <c>etl/</c> directory holding <c>models/</c>: the <c>OBSERVATORY_ETL</c> environment
/// variable when set, else the first <c>etl/</c> with a <c>models/</c> folder found walking up from
/// <see cref="AppContext.BaseDirectory"/> (the build copies it beside the binaries), then from the
/// current directory.
/// </summary>
public static class EtlDirectory
{
    public const string EnvironmentVariable = "OBSERVATORY_ETL";

    /// <summary>The absolute path of <c>etl/</c>; throws <see cref="DirectoryNotFoundException"/> when none is found.</summary>
    public static string Locate() =>
        TryLocate() ?? throw new DirectoryNotFoundException(
            $"No etl/ directory with models/ found: set {EnvironmentVariable} or run from inside the repository.");

    public static string? TryLocate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(Path.Combine(fromEnvironment, "models")) ? Path.GetFullPath(fromEnvironment) : null;
        }

        return WalkUp(AppContext.BaseDirectory) ?? WalkUp(Directory.GetCurrentDirectory());
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "etl");
            if (Directory.Exists(Path.Combine(candidate, "models")))
            {
                return candidate;
            }
        }

        return null;
    }
}
