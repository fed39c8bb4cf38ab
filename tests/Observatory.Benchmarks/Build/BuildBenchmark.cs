using System.Diagnostics;
using System.Globalization;
using Observatory.Core.Home;
using Observatory.Etl.Jobs;
using Observatory.SampleData;
using Observatory.Warehouse.Build;

namespace Observatory.Benchmarks.Build;

/// <summary>
/// <c>--build [--years 2019-2025] [--home DIR]</c>: generates the national sample data for the years, ingests
/// it (both untimed, unless DIR already holds a lake), then times one full warehouse build and prints total time,
/// the process peak resident memory during the build (VmHWM, reset before the build), CPU time, and the split
/// between DuckDB (loading the lake, the models, the data tests: the steps made of SQL statements, each model
/// timed around its native call) and our code (catalogues, ordering, comments, publication).
/// Goal (issue 5): under 2 minutes and 4 GiB on 2 cores.
/// <c>--build --read-loop HOME STOPFILE</c> is the child process of the publish-under-readers test.
/// </summary>
internal static class BuildBenchmark
{
    public static int Run(string[] args)
    {
        var loop = Array.IndexOf(args, "--read-loop");
        if (loop >= 0)
        {
            return PublishReaderProbe.Run(args[loop + 1], args[loop + 2]);
        }

        var years = Option(args, "--years", "2019-2025")!.Split('-').Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToArray();
        var keep = Option(args, "--home", null);
        var root = keep ?? Directory.CreateTempSubdirectory("obs-build-bench-").FullName;
        try
        {
            var home = DataHome.Resolve(Path.Combine(root, "home"));
            if (!Directory.Exists(home.LakeDirectory))
            {
                Prepare(root, home, years[0], years[^1]);
            }

            return TimeBuild(home);
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void Prepare(string root, DataHome home, int first, int last)
    {
        var incoming = Path.Combine(root, "incoming");
        var watch = Stopwatch.StartNew();
        var manifest = SampleDataGenerator.Generate(new SampleDataOptions { OutputDirectory = incoming, National = true, FirstYear = first, LastYear = last });
        Console.WriteLine(Invariant($"sample-data --national {first}-{last}: {manifest.Files.Count} files in {watch.Elapsed.TotalSeconds:F1} s"));
        watch.Restart();
        var ingest = IngestRunner.Run([incoming], new IngestOptions { Home = home });
        Console.WriteLine(Invariant($"ingest: {ingest.Files.Sum(f => f.Accepted):N0} rows accepted from {ingest.Files.Count} files in {watch.Elapsed.TotalSeconds:F1} s"));
    }

    private static int TimeBuild(DataHome home)
    {
        PeakMemory.Reset();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var timer = new StepTimer();
        var report = WarehouseBuilder.Run(new BuildOptions { Home = home, Observer = timer });
        timer.Finish();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        if (!report.Published)
        {
            Console.Error.WriteLine($"build failed: {report.Error} {string.Join("; ", report.Failures)}");
            return 1;
        }

        var total = report.Elapsed.TotalSeconds;
        var duckDb = timer.Step("lac, référentiels et catalogue") + timer.ModelSeconds + timer.Step("tests de données");
        Console.WriteLine(Invariant($"source rows: {report.SourceRows.Values.Sum():N0}; models: {report.Models}; tests: {report.TestsRun}; cores: {Environment.ProcessorCount}"));
        Console.WriteLine(Invariant($"build total:            {total,8:F1} s   (goal < 120 s)"));
        Console.WriteLine(Invariant($"  load lake + refs:     {timer.Step("lac, référentiels et catalogue"),8:F1} s"));
        Console.WriteLine(Invariant($"  models step (wall):   {timer.Step("modèles"),8:F1} s   (macros, models, comments)"));
        Console.WriteLine(Invariant($"  models (sum):         {timer.ModelSeconds,8:F1} s   slowest: {timer.Slowest}"));
        Console.WriteLine(Invariant($"  data tests:           {timer.Step("tests de données"),8:F1} s"));
        Console.WriteLine(Invariant($"  publication:          {timer.Step("publication"),8:F2} s"));
        Console.WriteLine(Invariant($"  rest (catalogues, model graph, checkpoint): {total - timer.Total,8:F1} s"));
        Console.WriteLine(Invariant($"share in DuckDB:        {duckDb / total,8:P0}   (our code and the rest: {(total - duckDb) / total:P0})"));
        Console.WriteLine(Invariant($"CPU time:               {cpu.TotalSeconds,8:F1} s   ({cpu.TotalSeconds / total:F2} cores busy on average)"));
        Console.WriteLine(Invariant($"peak resident memory:   {PeakMemory.ReadMiB(),8:N0} MiB (VmHWM; goal < 4096 MiB); managed heap peak {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:N0} MiB"));
        Console.WriteLine(Invariant($"build file:             {new FileInfo(report.BuildPath).Length / 1048576.0,8:N1} MiB"));
        return 0;
    }

    private static string? Option(string[] args, string name, string? fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
