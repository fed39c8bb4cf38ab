namespace Observatory.Core.Reference;

/// <summary>
/// Finds the repository's <c>schemas/</c> directory: the <c>OBSERVATORY_SCHEMAS</c> environment
/// variable when set, else the first <c>schemas/</c> holding a <c>reference/</c> folder found
/// walking up from <see cref="AppContext.BaseDirectory"/> (where the build copies it), then from
/// the current directory.
/// </summary>
public static class SchemasDirectory
{
    public const string EnvironmentVariable = "OBSERVATORY_SCHEMAS";

    /// <summary>The absolute path of <c>schemas/</c>; throws <see cref="DirectoryNotFoundException"/> when none is found.</summary>
    public static string Locate() =>
        TryLocate() ?? throw new DirectoryNotFoundException(
            $"No schemas/ directory found: set {EnvironmentVariable} or run from inside the repository.");

    public static string? TryLocate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        return WalkUp(AppContext.BaseDirectory) ?? WalkUp(Directory.GetCurrentDirectory());
    }

    /// <summary>The first <c>schemas/</c> with a <c>reference/</c> subfolder at or above <paramref name="start"/>.</summary>
    public static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schemas");
            if (Directory.Exists(Path.Combine(candidate, "reference")))
            {
                return candidate;
            }
        }

        return null;
    }
}
