using System.Diagnostics;
using Observatory.Core.Home;

namespace Observatory.Warehouse.Build;

/// <summary>
/// Publishing = replacing <c>warehouse/current</c> atomically (write a temporary file in the same
/// folder, then rename over the pointer), so readers always find a complete build. Old builds are
/// pruned, never the current one nor the one it replaced (readers may still hold it).
/// </summary>
public static class WarehousePublisher
{
    /// <summary>Points <c>warehouse/current</c> at <paramref name="buildPath"/>; returns the path it pointed to before, if any.</summary>
    public static string? Publish(DataHome home, string buildPath)
    {
        ArgumentNullException.ThrowIfNull(home);
        var previous = home.TryGetPublishedWarehouse(out _);
        var relative = Path.GetRelativePath(home.WarehouseDirectory, buildPath).Replace(Path.DirectorySeparatorChar, '/');
        var temporary = home.CurrentPointerPath + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, relative + "\n");
        File.Move(temporary, home.CurrentPointerPath, overwrite: true);
        return previous;
    }

    /// <summary>Deletes the oldest builds beyond <paramref name="keep"/>, sparing the current and the previous build.</summary>
    public static IReadOnlyList<string> Prune(DataHome home, int keep, string? previous)
    {
        ArgumentNullException.ThrowIfNull(home);
        var current = home.TryGetPublishedWarehouse(out _);
        var spared = new HashSet<string>(StringComparer.Ordinal);
        if (current is not null)
        {
            spared.Add(current);
        }

        if (previous is not null)
        {
            spared.Add(Path.GetFullPath(previous));
        }

        if (!Directory.Exists(home.BuildsDirectory))
        {
            return [];
        }

        var removed = new List<string>();
        var builds = Directory.GetFiles(home.BuildsDirectory, "*.duckdb").Order(StringComparer.Ordinal).ToList();
        foreach (var old in builds.Take(Math.Max(0, builds.Count - Math.Max(keep, 2))).Where(b => !spared.Contains(Path.GetFullPath(b))))
        {
            try
            {
                File.Delete(old);
                File.Delete(old + ".wal");
                removed.Add(old);
            }
            catch (IOException ex)
            {
                Debug.WriteLine($"could not delete {old}: {ex.Message}");
            }
        }

        return removed;
    }
}
