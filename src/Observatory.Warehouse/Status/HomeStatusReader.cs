using Observatory.Core.Home;
using Observatory.Core.Runs;

namespace Observatory.Warehouse.Status;

/// <summary>
/// <c>observatory status</c>: gathers the lake's sources (vintages, partitions, last load, quarantine),
/// the ingest runs and the published build of a data home. Reads files only and opens the published
/// build read-only; never takes the writer lock, so it runs beside an ingest or a build.
/// </summary>
public static class HomeStatusReader
{
    public static HomeStatus Read(DataHome home) => Read(home, DateTimeOffset.UtcNow);

    public static HomeStatus Read(DataHome home, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(home);
        var (runs, lines) = RunHistoryReader.Read(home.RunsDirectory);
        var lake = LakeScanner.Scan(home.LakeDirectory).ToDictionary(s => s.Source, StringComparer.Ordinal);
        var names = lake.Keys.Concat(lines.Select(l => l.Source)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        var sources = new List<SourceStatus>();
        foreach (var name in names)
        {
            var folder = lake.GetValueOrDefault(name);
            var ofSource = lines.Where(l => l.Source == name).ToList();
            var lastRun = (folder?.Runs ?? [])
                .Concat(ofSource.Where(l => l.Status == "loaded").Select(l => l.RunId))
                .Order(StringComparer.Ordinal)
                .LastOrDefault();
            var lastAt = RunId.StartedAt(lastRun);
            sources.Add(new SourceStatus
            {
                Source = name,
                Vintages = folder?.Vintages ?? [],
                Partitions = folder?.Partitions ?? 0,
                LoadedFiles = folder?.Files ?? 0,
                LakeRows = folder?.Rows ?? 0,
                LastRunId = lastRun,
                LastLoadedAt = lastAt,
                AgeDays = lastAt is { } at ? Math.Round((now - at).TotalDays, 1) : null,
                QuarantinedRows = ofSource.Sum(l => l.Quarantined),
                RejectedFiles = ofSource.Count(l => l.Status == "rejected"),
            });
        }

        var (build, problem) = PublishedBuildReader.Read(home);
        if (build is not null && build.BuiltAt is { } builtAt)
        {
            build = build with { IsStale = sources.Any(s => s.LastLoadedAt > builtAt) };
        }

        return new HomeStatus
        {
            Home = home.Root,
            ReadAt = now,
            Sources = sources,
            Runs = runs,
            Build = build,
            BuildProblem = problem,
            KeptBuilds = PublishedBuildReader.Kept(home, build?.Path),
        };
    }
}
