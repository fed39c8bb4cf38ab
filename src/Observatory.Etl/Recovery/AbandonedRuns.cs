using System.Text.Json;
using Observatory.Core.Home;
using Observatory.Core.Runs;
using Observatory.Etl.Jobs;
using Observatory.Etl.Loading;

namespace Observatory.Etl.Recovery;

/// <summary>
/// Finds the runs a kill abandoned — a manifest still <c>running</c> while the writer lock is ours, a file log
/// without a completed manifest, or a run the lake registries name that has no manifest at all — and rewrites
/// each one's manifest <c>interrupted</c>, listing the files it finished (its file log) and the loads the
/// registries credit to it that the log missed (a kill between a file's lake commit and its log line). Then
/// deletes the file logs and the quarantine files of those runs that no listed file names (a quarantine
/// written for a file whose run was killed before it ended).
/// </summary>
internal static class AbandonedRuns
{
    public static (IReadOnlyList<InterruptedRun> Runs, int QuarantineFilesRemoved) Mark(
        DataHome home, IReadOnlyList<ManifestSummary> manifests, IReadOnlyList<LakeRegistry> registries, string foundBy, DateTimeOffset foundAt)
    {
        var byRun = manifests.ToDictionary(m => m.RunId, StringComparer.Ordinal);
        var abandoned = new SortedSet<string>(StringComparer.Ordinal);
        abandoned.UnionWith(manifests.Where(m => m.State == RunState.Running).Select(m => m.RunId));
        abandoned.UnionWith(registries.SelectMany(r => r.Loads).Select(l => l.RunId).Where(id => !byRun.ContainsKey(id)));
        foreach (var log in FileLogs(home.RunsDirectory))
        {
            var runId = Path.GetFileName(log)[..^RunFileLog.Suffix.Length];
            if (byRun.TryGetValue(runId, out var manifest) && manifest.State != RunState.Running)
            {
                File.Delete(log); // the run ended: its manifest holds every file
            }
            else
            {
                abandoned.Add(runId);
            }
        }

        var marked = new List<InterruptedRun>();
        var quarantineRemoved = 0;
        foreach (var runId in abandoned)
        {
            var previous = byRun.GetValueOrDefault(runId);
            var log = RunFileLog.PathFor(home.RunsDirectory, runId);
            var lines = new List<string>(RunFileLog.ReadLines(log));
            var logged = lines.Select(Sha256Of).ToHashSet(StringComparer.Ordinal);
            var quarantine = Path.Combine(home.QuarantineDirectory, runId);
            foreach (var registry in registries)
            {
                foreach (var load in registry.Loads.Where(l => l.RunId == runId && !logged.Contains(l.Sha256)))
                {
                    lines.Add(RunManifestWriter.FileLine(FromRegistry(registry.Source, load, quarantine)));
                }
            }

            // In this order, so that a kill during the recovery leaves the run abandoned and the next one redoes it all.
            quarantineRemoved += RemoveUnlistedQuarantine(quarantine, lines);
            var path = previous?.Path ?? Path.Combine(home.RunsDirectory, runId + ".json");
            InterruptedManifestWriter.Write(path, runId, previous, foundAt, foundBy, lines);
            File.Delete(log);
            marked.Add(new InterruptedRun(runId, lines.Count, lines.Count(l => StatusOf(l) == "loaded"), previous is null));
        }

        return (marked, quarantineRemoved);
    }

    /// <summary>A load the lake registry credits to the run, as a manifest file entry (its quarantine files, when written, beside it).</summary>
    private static IngestFileResult FromRegistry(string source, LoadRecord load, string quarantineDirectory)
    {
        var stem = Path.Combine(quarantineDirectory, source + "__" + load.Sha256[..8]);
        var hasQuarantine = load.Quarantined > 0 && File.Exists(stem + ".parquet") && File.Exists(stem + ".csv");
        return new IngestFileResult
        {
            Path = load.File,
            Source = source,
            Vintage = VintageOf(load.Scope),
            Sha256 = load.Sha256,
            Read = load.Read,
            Accepted = load.Accepted,
            Quarantined = load.Quarantined,
            Status = IngestStatus.Loaded,
            Partitions = load.Partitions,
            QuarantineParquet = hasQuarantine ? stem + ".parquet" : null,
            QuarantineCsv = hasQuarantine ? stem + ".csv" : null,
        };
    }

    private static int RemoveUnlistedQuarantine(string directory, IReadOnlyList<string> lines)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            foreach (var name in new[] { "quarantine_parquet", "quarantine_csv" })
            {
                if (document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    listed.Add(Path.GetFileName(value.GetString()!)); // by name: the home may have moved since
                }
            }
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(directory).Where(f => !listed.Contains(Path.GetFileName(f))).ToList())
        {
            File.Delete(file);
            removed++;
        }

        if (!Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
        }

        return removed;
    }

    private static IEnumerable<string> FileLogs(string runsDirectory) =>
        Directory.Exists(runsDirectory)
            ? Directory.EnumerateFiles(runsDirectory, "*" + RunFileLog.Suffix).Order(StringComparer.Ordinal).ToList()
            : [];

    private static string? VintageOf(string scope) =>
        scope.Split(';').FirstOrDefault(p => p.StartsWith("vintage=", StringComparison.Ordinal))?["vintage=".Length..] is { } v && v != "-" ? v : null;

    private static string Sha256Of(string line) => Property(line, "sha256") ?? string.Empty;

    private static string? StatusOf(string line) => Property(line, "status");

    private static string? Property(string line, string name)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
