using Observatory.Core.Home;
using Observatory.Core.Runs;
using Observatory.DuckDb;

namespace Observatory.Warehouse.Status;

/// <summary>
/// Reads the build <c>warehouse/current</c> points at: the pointer, the file size, and <c>build_info</c>
/// of the file opened read-only (as every reader opens it, so a status never disturbs a publish).
/// </summary>
internal static class PublishedBuildReader
{
    public static (PublishedBuildStatus? Build, string? Problem) Read(DataHome home)
    {
        if (!File.Exists(home.CurrentPointerPath))
        {
            return (null, null);
        }

        var path = home.TryGetPublishedWarehouse(out var problem);
        if (path is null)
        {
            return (null, problem);
        }

        var pointer = File.ReadAllText(home.CurrentPointerPath).Trim();
        string? runId = null, version = null;
        try
        {
            using var database = DuckDbDatabase.Open(path, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
            using var connection = database.Connect();
            using var result = connection.Query("select run_id, duckdb_version from build_info limit 1");
            foreach (var row in result.Rows())
            {
                runId = row[0] as string;
                version = row[1] as string;
            }
        }
        catch (DuckDbException ex)
        {
            return (null, $"L'entrepôt publié {path} ne peut pas être lu : {ex.Message}");
        }

        runId ??= Path.GetFileNameWithoutExtension(path);
        return (new PublishedBuildStatus
        {
            Pointer = pointer,
            Path = path,
            RunId = runId,
            BuiltAt = RunId.StartedAt(runId),
            DuckDbVersion = version,
            SizeBytes = Size(path) + Size(path + ".wal"),
        }, null);
    }

    public static IReadOnlyList<KeptBuild> Kept(DataHome home, string? currentPath)
    {
        if (!Directory.Exists(home.BuildsDirectory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(home.BuildsDirectory, "*.duckdb")
            .Order(StringComparer.Ordinal)
            .Select(f => new KeptBuild(Path.GetFileName(f), Size(f), currentPath is not null && Path.GetFullPath(f) == currentPath))];
    }

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
