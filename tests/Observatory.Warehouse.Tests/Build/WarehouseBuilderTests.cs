using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Build;

public sealed class WarehouseBuilderTests : IDisposable
{
    private readonly TempHome _temp = new();

    public void Dispose() => _temp.Dispose();

    private void WriteBmo() => LakeFixtureBuilder.Write(_temp.Home, "bmo",
        LakeFixtureBuilder.BmoRow(2023, "8211", "01", "84", "V0Z60", 40, 30), "vintage", "department_code");

    [Fact]
    public void Run_TwoBuilds_SwapsPointerAndKeepsPreviousBuild()
    {
        WriteBmo();

        var first = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
        var second = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });

        Assert.True(first.Published, first.Error + string.Join("\n", first.Failures));
        Assert.True(second.Published);
        Assert.NotEqual(first.BuildPath, second.BuildPath);
        Assert.Equal(second.BuildPath, _temp.Home.TryGetPublishedWarehouse(out _));
        Assert.True(File.Exists(first.BuildPath));
        Assert.Equal(40.0, WarehouseQuery.Double(WarehouseQuery.Scalar(_temp.Home,
            "select numerator from pub.indicator_values where indicator = 'recruitment_projects' and territory_level = 'DEP'")));
    }

    [Fact]
    public void Run_BlockingTestFails_PublishesNothingAndKeepsPreviousCurrent()
    {
        WriteBmo();
        var published = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
        var etl = CopyEtlWithFailingAssertion();

        var failed = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home, EtlDirectory = etl });

        Assert.False(failed.Published);
        var failure = Assert.Single(failed.Failures);
        Assert.Equal("assert_fixture_always_fails", failure.Test);
        Assert.Equal(2, failure.OffendingRows);
        Assert.False(File.Exists(failed.BuildPath));
        Assert.Equal(published.BuildPath, _temp.Home.TryGetPublishedWarehouse(out _));
    }

    [Fact]
    public void Run_BrokenModel_ReportsModelAndPublishesNothing()
    {
        WriteBmo();
        var etl = CopyEtlWithFailingAssertion();
        File.WriteAllText(Path.Combine(etl, "models", "marts", "core", "dim_period.sql"), "select no_such_column from ref_regions");

        var report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home, EtlDirectory = etl });

        Assert.False(report.Published);
        Assert.Contains("dim_period", report.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Home.CurrentPointerPath));
    }

    [Fact]
    public void Run_EmptyLake_IsRefusedWithoutCreatingABuild()
    {
        var report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });

        Assert.False(report.Published);
        Assert.Contains("vide", report.Error, StringComparison.Ordinal);
        Assert.Contains("observatory ingest", report.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Home.BuildsDirectory) && Directory.EnumerateFileSystemEntries(_temp.Home.BuildsDirectory).Any());
        Assert.Null(_temp.Home.TryGetPublishedWarehouse(out _));
    }

    [Fact]
    public void Run_OneSourceOnly_BuildsWithTheOthersEmptyAndTyped()
    {
        WriteBmo();

        var report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });

        Assert.True(report.Published, report.Error + string.Join("\n", report.Failures));
        Assert.Equal(0, WarehouseQuery.Count(_temp.Home, "select count(*) from pub.indicator_values where value is not null and sources <> 'bmo'"));
        Assert.True(WarehouseQuery.Count(_temp.Home, "select count(*) from pub.indicators") >= 20);
    }

    [Fact]
    public void Run_AfterAKilledBuild_RemovesItsUnfinishedFile_WhichWasNeverAKeptBuild()
    {
        WriteBmo();
        Directory.CreateDirectory(_temp.Home.BuildsDirectory);
        var killed = Path.Combine(_temp.Home.BuildsDirectory, "20261206T000000000Z-00001.duckdb" + WarehouseBuilder.BuildingSuffix);
        File.WriteAllText(killed, "partial");
        File.WriteAllText(killed + ".wal", "partial");

        var report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });

        Assert.True(report.Published, report.Error);
        Assert.False(File.Exists(killed));
        Assert.False(File.Exists(killed + ".wal"));
        Assert.Equal([Path.GetFileName(report.BuildPath)], Directory.GetFiles(_temp.Home.BuildsDirectory, "*.duckdb").Select(Path.GetFileName));
    }

    private string CopyEtlWithFailingAssertion()
    {
        var source = EtlDirectory.Locate();
        var target = Path.Combine(_temp.Root, "etl");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        Directory.CreateDirectory(Path.Combine(target, "tests"));
        File.WriteAllText(Path.Combine(target, "tests", "assert_fixture_always_fails.sql"), "select * from (values (1), (2)) as t(x)");
        return target;
    }
}
