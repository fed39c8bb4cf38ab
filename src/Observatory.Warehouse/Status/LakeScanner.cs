using System.Text.Json;

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
            var registry = Path.Combine(directory, "_loads.json");
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
            using var document = JsonDocument.Parse(File.ReadAllText(registry));
            if (!document.RootElement.TryGetProperty("loads", out var loads) || loads.ValueKind != JsonValueKind.Array)
            {
                return (0, 0, []);
            }

            int files = 0;
            long rows = 0;
            var runs = new List<string>();
            foreach (var load in loads.EnumerateArray())
            {
                files++;
                if (load.TryGetProperty("accepted", out var accepted) && accepted.ValueKind == JsonValueKind.Number)
                {
                    rows += accepted.GetInt64();
                }

                if (load.TryGetProperty("run_id", out var run) && run.ValueKind == JsonValueKind.String)
                {
                    runs.Add(run.GetString()!);
                }
            }

            return (files, rows, runs);
        }
        catch (JsonException)
        {
            return (0, 0, []);
        }
    }
}

/// <summary>What the lake folder of one source holds.</summary>
internal sealed record LakeSource(string Source, IReadOnlyList<string> Vintages, int Partitions, int Files, long Rows, IReadOnlyList<string> Runs);
