using System.Globalization;
using Observatory.Core.Home;
using Observatory.DuckDb;
using Observatory.Etl.Jobs;
using Observatory.Reporting.Html;
using Observatory.Reporting.Model;
using Observatory.SampleData;
using Observatory.Warehouse.Build;

namespace Observatory.Reporting.Tests.Support;

/// <summary>
/// One sample build per test run (Ain, Landes and Pyrénées-Atlantiques, 2022–2024: generated files →
/// real ingest → real build), the Landes 2024 report model and HTML, and its PDF made once.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public const string Department = "40";
    public const string MaskedDepartment = "64";
    public const int Year = 2024;

    private readonly Lazy<ReportResult> _pdf;

    public ReportFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "obs-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Home = DataHome.Resolve(Path.Combine(Root, "home"));
        var sample = Path.Combine(Root, "sample");
        SampleDataGenerator.Generate(new SampleDataOptions { OutputDirectory = sample, Departments = ["01", "40", "64"], FirstYear = 2022, LastYear = Year });
        IngestRunner.Run([sample], new IngestOptions { Home = Home });
        var build = WarehouseBuilder.Run(new BuildOptions { Home = Home });
        if (build.Error is not null)
        {
            throw new InvalidOperationException("Sample build failed: " + build.Error);
        }

        BuildPath = Home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);
        Model = ReportGenerator.LoadModel(BuildPath, Department, Year);
        Html = ReportHtmlRenderer.Render(Model);
        MaskedModel = ReportGenerator.LoadModel(BuildPath, MaskedDepartment, Year);
        MaskedHtml = ReportHtmlRenderer.Render(MaskedModel);
        _pdf = new Lazy<ReportResult>(() => ReportGenerator.Generate(
            new ReportOptions { Home = Home, Territory = Department, Year = Year, Output = Path.Combine(Root, "out", "rapport-40-2024.pdf") },
            _ => { }));
    }

    public string Root { get; }

    public DataHome Home { get; }

    public string BuildPath { get; }

    public ReportModel Model { get; }

    /// <summary>
    /// The report of the Pyrénées-Atlantiques, whose priority métiers are small enough for many masked values (the
    /// Landes' pages, with imputed BMO bassins, hold only a few).
    /// </summary>
    public ReportModel MaskedModel { get; }

    public string MaskedHtml { get; }

    public string Html { get; }

    /// <summary>The Landes 2024 PDF, printed once by Chromium.</summary>
    public ReportResult Pdf => _pdf.Value;

    /// <summary>Runs a query of the test itself on the build, read-only.</summary>
    public List<object?[]> Query(string sql)
    {
        using var database = DuckDbDatabase.Open(BuildPath, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();
        using var result = connection.Query(sql);
        return [.. result.Rows()];
    }

    public static double? Double(object? value) => value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    public static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a build file may still be mapped; the OS cleans the temp folder
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    /// <summary>One collection: the tests share the build and run one after the other (one of them changes CHROMIUM_PATH).</summary>
    public const string Name = "report";
}
