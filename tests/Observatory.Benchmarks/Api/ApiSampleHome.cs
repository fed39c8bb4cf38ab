using System.Diagnostics;
using System.Globalization;
using Observatory.Core.Home;
using Observatory.Etl.Jobs;
using Observatory.SampleData;
using Observatory.Warehouse.Build;

namespace Observatory.Benchmarks.Api;

/// <summary>
/// The data home the API benchmark serves: the sample data of the default departments, ingested and built (untimed).
/// A home that already holds a published warehouse is used as it is.
/// </summary>
internal static class ApiSampleHome
{
    public static DataHome Prepare(string root)
    {
        var home = DataHome.Resolve(root);
        if (home.TryGetPublishedWarehouse(out _) is not null)
        {
            Console.WriteLine($"home: {home.Root} (already built)");
            return home;
        }

        var incoming = Directory.CreateTempSubdirectory("obs-api-bench-incoming-").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            var manifest = SampleDataGenerator.Generate(new SampleDataOptions { OutputDirectory = incoming });
            var ingest = IngestRunner.Run([incoming], new IngestOptions { Home = home });
            var report = WarehouseBuilder.Run(new BuildOptions { Home = home });
            if (!report.Published)
            {
                throw new InvalidOperationException($"build failed: {report.Error} {string.Join("; ", report.Failures)}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"home: {home.Root} — sample data ({manifest.Files.Count} files), ingest ({ingest.Files.Sum(f => f.Accepted):N0} rows), build: {watch.Elapsed.TotalSeconds:F0} s"));
            return home;
        }
        finally
        {
            Directory.Delete(incoming, recursive: true);
        }
    }
}
