using System.Diagnostics;
using System.Globalization;
using System.Text;
using Observatory.Core.Home;
using Observatory.DuckDb;
using Observatory.Etl.Jobs;

namespace Observatory.Benchmarks.Ingest;

/// <summary>
/// Issue 4's benchmark: ingest a national-scale France Travail offers CSV (every department,
/// 5M rows by default) through the full pipeline (detection, landing, contract validation,
/// quarantine accounting, Parquet lake), beside DuckDB's own
/// <c>COPY (SELECT * FROM read_csv(…)) TO '….parquet'</c> on the same file as the floor.
/// Prints both times, the ratio (goal: at most 1.5) and the ingest's stages. With
/// <c>--row-pass</c> the CSV takes the row-by-row pass instead of the bulk pass (the profile before it).
/// </summary>
internal static class IngestBenchmark
{
    private const string Header =
        "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;origineOffre;nombreOffres";

    public static int Run(long rows)
    {
        var root = Directory.CreateTempSubdirectory("obs-ingest-bench-").FullName;
        try
        {
            var csv = Path.Combine(root, "stat-offres_01_2025.csv");
            WriteOffers(csv, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {rows:N0} rows, {new FileInfo(csv).Length / 1e6:F0} MB"));

            var floor = Time(() => CopyWithDuckDb(csv, Path.Combine(root, "floor.parquet")));
            var profile = new StageProfile();
            var bulk = !Environment.GetCommandLineArgs().Contains("--row-pass");
            var ours = Time(() =>
            {
                var report = IngestRunner.Run([csv], new IngestOptions
                {
                    Home = DataHome.Resolve(Path.Combine(root, "home")),
                    Observer = profile,
                    BulkCsv = bulk,
                });
                var file = report.Files.Single();
                if (file.Accepted != rows)
                {
                    throw new InvalidOperationException($"ingest accepted {file.Accepted} of {rows} rows ({file.Status}: {file.Reason} {file.Message}; {string.Join(", ", file.IssueCounts.Select(kv => $"{kv.Key}={kv.Value}"))})");
                }
            });

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB read_csv → Parquet (floor): {floor.TotalSeconds,8:F2} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"observatory ingest:                {ours.TotalSeconds,8:F2} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: {ours.TotalSeconds / floor.TotalSeconds:F2} (goal: ≤ 1.5)"));
            Console.WriteLine(bulk ? "ingest stages (bulk pass):" : "ingest stages (row pass):");
            profile.Print();
            return 0;
        }
        catch (Exception ex)
        {
            for (var e = ex; e is not null; e = e.InnerException)
            {
                Console.Error.WriteLine($"{e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
            }

            return 1;
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(root, recursive: true);
        }
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static void CopyWithDuckDb(string csv, string parquet)
    {
        using var database = DuckDbDatabase.Open(null);
        using var connection = database.Connect();
        connection.Execute(
            $"copy (select * from read_csv('{csv}', delim = ';', header = true, all_varchar = false)) to '{parquet}' (format parquet, compression zstd)");
    }

    /// <summary>Unique (territory, ROME, quarter, origin) keys over every department, ROME 4.0 style codes.</summary>
    private static void WriteOffers(string path, long rows)
    {
        string[] departments = [.. Enumerable.Range(1, 95).Where(d => d != 20).Select(d => d.ToString("00", CultureInfo.InvariantCulture)), "2A", "2B", "971", "972", "973", "974", "976"];
        var perDepartment = (rows + departments.Length - 1) / departments.Length;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(Header);
        writer.Write('\n');
        long written = 0;
        foreach (var department in departments)
        {
            for (long i = 0; i < perDepartment && written < rows; i++, written++)
            {
                var quarter = (i % 4) + 1;
                var origin = (i / 4 % 2) == 0 ? "TOFF" : "PE";
                var rome = i / 8;
                var code = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (rome / 10000 % 14))}{rome % 10000:0000}");
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"DEP;{department};Territoire {department};ROME;{code};Métier {code};TRIMESTRE;2025T{quarter};T{quarter} 2025;{origin};{(i * 7 % 300) + 1}\n"));
            }
        }
    }
}
