namespace Observatory.Core.Home;

/// <summary>
/// The data home (<c>--home</c>, else <c>OBSERVATORY_HOME</c>, else <c>./data</c>) and the
/// well-known folders inside it: <c>raw/</c>, <c>quarantine/</c>, <c>lake/</c>,
/// <c>warehouse/</c>, <c>runs/</c>. The published warehouse is found through the pointer file
/// <c>warehouse/current</c>, whose single line is the path of the published build relative to
/// <c>warehouse/</c> (for example <c>builds/20261122T080000Z.duckdb</c>); publishing replaces
/// that file atomically (write a temporary file, then rename), so a reader never sees a
/// half-written build.
/// </summary>
public sealed class DataHome
{
    public const string EnvironmentVariable = "OBSERVATORY_HOME";

    private DataHome(string root) => Root = root;

    /// <summary>Absolute path of the data home.</summary>
    public string Root { get; }

    public string RawDirectory => Path.Combine(Root, "raw");

    public string QuarantineDirectory => Path.Combine(Root, "quarantine");

    public string LakeDirectory => Path.Combine(Root, "lake");

    public string WarehouseDirectory => Path.Combine(Root, "warehouse");

    public string BuildsDirectory => Path.Combine(WarehouseDirectory, "builds");

    public string RunsDirectory => Path.Combine(Root, "runs");

    public string CurrentPointerPath => Path.Combine(WarehouseDirectory, "current");

    /// <summary>Resolves the data home from the option value, the environment, or the default.</summary>
    public static DataHome Resolve(string? option)
    {
        var chosen = !string.IsNullOrWhiteSpace(option)
            ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(chosen))
        {
            chosen = "data";
        }

        return new DataHome(Path.GetFullPath(chosen));
    }

    /// <summary>
    /// The path of the published warehouse file, or <c>null</c> with a French explanation when
    /// nothing has been published yet.
    /// </summary>
    public string? TryGetPublishedWarehouse(out string problem)
    {
        if (!File.Exists(CurrentPointerPath))
        {
            problem = $"Aucun entrepôt publié dans {Root} : lancez « observatory build » d'abord.";
            return null;
        }

        var relative = File.ReadAllText(CurrentPointerPath).Trim();
        var path = Path.GetFullPath(Path.Combine(WarehouseDirectory, relative));
        if (relative.Length == 0 || !File.Exists(path))
        {
            problem = $"Le pointeur {CurrentPointerPath} désigne « {relative} », introuvable : l'entrepôt publié est incomplet.";
            return null;
        }

        problem = string.Empty;
        return path;
    }
}
