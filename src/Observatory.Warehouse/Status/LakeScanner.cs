using System.Text.Json;
using Observatory.Warehouse.Lake;

namespace Observatory.Warehouse.Status;

/// <summary>
/// Reads one source folder of the lake: the registry <c>_loads.json</c> the ingest keeps (loaded files,
/// runs, accepted rows) and the partitions actually holding Parquet files (vintages).
/// </summary>
internal static class LakeScanner
{
    public static IEnumerable<LakeSource> Scan(string lakeDirectory)
    {
        if (!Directory.Exists(lakeDirectory))
        {
            yield break;
        }

        foreach (var directory in Directory.EnumerateDirectories(lakeDirectory).Order(StringComparer.Ordinal))
        {
            var parquet = Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories).ToList();
            var registry = Path.Combine(directory, LakeLoadsFile.FileName);
            if (parquet.Count == 0 && !File.Exists(registry))
            {
                continue;
            }

            var partitions = parquet.Select(p => Path.GetRelativePath(directory, Path.GetDirectoryName(p)!)).Distinct(StringComparer.Ordinal).ToList();
            var vintages = partitions
                .SelectMany(p => p.Split(Path.DirectorySeparatorChar))
                .Where(segment => segment.StartsWith("vintage=", StringComparison.Ordinal))
                .Select(segment => segment["vintage=".Length..])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            var (files, rows, runs) = ReadRegistry(registry);
            yield return new LakeSource(Path.GetFileName(directory), vintages, partitions.Count, files, rows, runs);
        }
    }

    private static (int Files, long Rows, IReadOnlyList<string> Runs) ReadRegistry(string registry)
    {
        if (!File.Exists(registry))
        {
            return (0, 0, []);
        }

        try
        {
            var loads = LakeLoadsFile.Read(registry).Loads;
            return (loads.Count, loads.Sum(l => l.Accepted ?? 0), [.. loads.Select(l => l.RunId).OfType<string>()]);
        }
        catch (JsonException)
        {
            return (0, 0, []); // a registry being rewritten or broken: the status says nothing of its loads
        }
    }
}

/// <summary>What the lake folder of one source holds.</summary>
internal sealed record LakeSource(string Source, IReadOnlyList<string> Vintages, int Partitions, int Files, long Rows, IReadOnlyList<string> Runs);
