using Observatory.DuckDb;
using Observatory.Etl.Jobs;
using Observatory.SampleData;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Disclosure.Audit;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>
/// The disclosure audit finds no recoverable hidden cell in editions built from generated sample files with other
/// seeds, department sets and years, with the national sources whole or limited to the chosen departments — anonymous,
/// and for the analyst of every department — while each edition
/// hides cells for every kind of reason it can meet (the audit has something to attack).
/// </summary>
public sealed class DisclosureAuditPropertyTests
{
    // nationalSourcesWhole true (the default): BMO, France Travail and DREES cover all of France, so every department has
    // an analyst. False: they are limited to the chosen departments (partial coverage), whose analysts are the only ones.
    [Theory]
    [InlineData(1, "40", 2024, 2025, true)]
    [InlineData(7, "01,40", 2022, 2023, true)]
    [InlineData(13, "19,23,87", 2023, 2024, true)]
    [InlineData(21, "01,38,73,74", 2020, 2021, true)]
    [InlineData(42, "24,33,40,47,64", 2024, 2025, true)]
    [InlineData(99, "03,15,43,63", 2019, 2020, true)]
    [InlineData(1, "40", 2024, 2025, false)]
    [InlineData(7, "01,40", 2022, 2023, false)]
    [InlineData(13, "19,23,87", 2023, 2024, false)]
    [InlineData(21, "01,38,73,74", 2020, 2021, false)]
    [InlineData(42, "24,33,40,47,64", 2024, 2025, false)]
    [InlineData(99, "03,15,43,63", 2019, 2020, false)]
    public void GeneratedEdition_AuditRecoversNothing(int seed, string departments, int firstYear, int lastYear, bool nationalSourcesWhole)
    {
        using var temp = new TempHome();
        var report = Build(temp, new SampleDataOptions
        {
            OutputDirectory = Path.Combine(temp.Root, "sample"),
            Departments = departments.Split(','),
            FirstYear = firstYear,
            LastYear = lastYear,
            Seed = seed,
            NationalSourcesWhole = nationalSourcesWhole,
        });

        Assert.True(report.Published, report.Error + string.Join("\n", report.Failures));
        using var database = DuckDbDatabase.Open(report.BuildPath, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();
        var audit = DisclosureAudit.RunAll(connection);
        Assert.True(audit.Passed, string.Join("\n", audit.Anonymous.Recovered.Concat(audit.Analysts.Values.SelectMany(a => a.Recovered)).Take(10)));
        Assert.True(audit.Anonymous.HiddenCells > 0);
        var analysts = nationalSourcesWhole
            ? Core.Reference.ReferenceCatalog.Load(Core.Reference.SchemasDirectory.Locate()).Departments.Select(d => d.Code)
            : departments.Split(',');
        Assert.Equal(analysts.Order(StringComparer.Ordinal), audit.Analysts.Keys.Order(StringComparer.Ordinal));
        Assert.True(report.Disclosure.Outcomes.Count(o => o.Outcome != "shown") >= 3, string.Join(", ", report.Disclosure.Outcomes));
    }

    /// <summary>The national sample (every department; two years to keep the test short): the audit, anonymous and as
    /// each of the 101 departments' analysts, recovers nothing.</summary>
    [Fact]
    public void NationalEdition_AuditRecoversNothing()
    {
        using var temp = new TempHome();

        var report = Build(temp, new SampleDataOptions
        {
            OutputDirectory = Path.Combine(temp.Root, "sample"),
            National = true,
            FirstYear = 2024,
            LastYear = 2025,
        });

        Assert.True(report.Published, report.Error + string.Join("\n", report.Failures));
        var audit = report.DisclosureAudit!;
        Assert.True(audit.Passed);
        Assert.Equal(101, audit.Analysts.Count);
        Assert.True(audit.Anonymous.HiddenCells > 1000, $"{audit.Anonymous.HiddenCells} hidden cells");
    }

    private static BuildReport Build(TempHome temp, SampleDataOptions options)
    {
        SampleDataGenerator.Generate(options);
        IngestRunner.Run([options.OutputDirectory], new IngestOptions { Home = temp.Home });
        return WarehouseBuilder.Run(new BuildOptions { Home = temp.Home });
    }
}
