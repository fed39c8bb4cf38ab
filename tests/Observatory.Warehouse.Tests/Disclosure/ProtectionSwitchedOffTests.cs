using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Indicators;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>
/// Each piece of the protection, switched off in a copy of etl/ or schemas/, lets a hidden cell be recomputed, and
/// the build's disclosure audit then refuses to publish, listing the cell; with the protection on, the same lake
/// publishes. Survey fixtures: establishments of 3 balanced answers are shown, 2 answers are hidden (frequency).
/// </summary>
public sealed class ProtectionSwitchedOffTests : IDisposable
{
    private const string StepFile = "etl/models/intermediate/disclosure/int_disclosure_quantities_suppressed.step.sql";

    [Fact]
    public void SecondarySuppressionOff_HiddenDepartmentIsRegionMinusTheOthers_BuildRefused()
    {
        using var variant = EtlVariant.With(StepFile, "where c.cell_id = chosen.cell_id", "where false and c.cell_id = chosen.cell_id");

        var (protectedBuild, unprotected) = BuildBoth(variant, ThreeDepartmentsOneSmall);

        Assert.True(protectedBuild.Published, string.Join("\n", protectedBuild.Failures));
        AssertRefusedWith(unprotected, "employment.value AS DEP 01 2023");
    }

    [Fact]
    public void AnalystRuleOff_TheOtherHiddenDepartmentsAnalystRecoversTheFirst_BuildRefused()
    {
        using var variant = EtlVariant.With(StepFile,
            "or (family_kind = 'territory' and unknowns = 2 and hidden = 2 and analyst_known >= 1)", "");

        var (protectedBuild, unprotected) = BuildBoth(variant, ThreeDepartmentsOneSmall);

        Assert.True(protectedBuild.Published, string.Join("\n", protectedBuild.Failures));
        Assert.False(unprotected.Published);
        var audit = Assert.Single(unprotected.Failures, f => f.Model == DisclosureAuditStep.FailureModel && f.Test.Contains("38", StringComparison.Ordinal));
        Assert.Contains(audit.SampleRows, r => r.Contains("employment.value AS DEP 01 2023", StringComparison.Ordinal));
        Assert.DoesNotContain(unprotected.Failures, f => f.Model == DisclosureAuditStep.FailureModel && f.Test == DisclosureAuditStep.AnonymousTest);
    }

    [Fact]
    public void LinkedQuantityOff_EmploymentHiddenButShownAsADenominator_BuildRefused()
    {
        using var variant = EtlVariant.With("schemas/indicators.yaml",
            "quantities: { numerator: [enquete_rh.headcount], denominator: [] }",
            "quantities: { numerator: [enquete_rh.headcount_of_employment], denominator: [] }");

        var (protectedBuild, unprotected) = BuildBoth(variant, LandesWithOneDominatedMetier);

        Assert.True(protectedBuild.Published, string.Join("\n", protectedBuild.Failures));
        AssertRefusedWith(unprotected, "employment.value EJE DEP 40 2023");
    }

    [Fact]
    public void CompositeRuleOff_HiddenIndexRecomputedFromItsComponents_BuildRefused()
    {
        using var variant = EtlVariant.With("etl/models/intermediate/disclosure/int_disclosure_quantity_cells.sql",
            "    from tension\n    where status = 'secret'", "    from tension\n    where false");

        var (protectedBuild, unprotected) = BuildBoth(variant, TensionIndexLake.Write);

        Assert.True(protectedBuild.Published, string.Join("\n", protectedBuild.Failures));
        AssertRefusedWith(unprotected, "tension_index.index ASH DEP 73 2023");
    }

    private readonly TempHome _on = new();
    private readonly TempHome _off = new();

    public void Dispose()
    {
        _on.Dispose();
        _off.Dispose();
    }

    private (BuildReport Protected, BuildReport Unprotected) BuildBoth(EtlVariant variant, Action<Core.Home.DataHome> writeLake)
    {
        var on = _on;
        var off = _off;
        writeLake(on.Home);
        writeLake(off.Home);
        var protectedBuild = WarehouseBuilder.Run(new BuildOptions { Home = on.Home });
        var unprotected = WarehouseBuilder.Run(new BuildOptions
        {
            Home = off.Home,
            EtlDirectory = variant.EtlDirectory,
            SchemasDirectory = variant.SchemasDirectory,
        });
        return (protectedBuild, unprotected);
    }

    private static void AssertRefusedWith(BuildReport report, string cell)
    {
        if (report.Published)
        {
            var rows = WarehouseQueryAt(report.BuildPath, "select indicator, metier, territory_level, territory, value, numerator, denominator, unit_count, disclosure_reason from pub.indicator_values where indicator in ('employment','share_55_plus') order by all");
            Assert.Fail(string.Join("\n", rows.Select(r => string.Join(" | ", r))) + "\n" + string.Join("\n", report.DisclosureAudit!.Anonymous.Hypotheses));
        }

        Assert.False(report.Published);
        Assert.Null(report.Error);
        var audit = Assert.Single(report.Failures, f => f.Model == DisclosureAuditStep.FailureModel && f.Test == DisclosureAuditStep.AnonymousTest);
        Assert.True(audit.Blocking);
        Assert.Contains(audit.SampleRows, r => r.Contains(cell, StringComparison.Ordinal));
        Assert.True(report.Failures.Where(f => f.Model != DisclosureAuditStep.FailureModel).All(f => !f.Blocking), string.Join("\n", report.Failures));
    }

    private static List<object?[]> WarehouseQueryAt(string path, string sql)
    {
        using var database = DuckDb.DuckDbDatabase.Open(path, new DuckDb.DuckDbOptions { AccessMode = DuckDb.DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();
        using var result = connection.Query(sql);
        return [.. result.Rows()];
    }

    /// <summary>AS in region 84: the Ain with 2 establishments (hidden), Isère and Drôme with 3 each.</summary>
    private static void ThreeDepartmentsOneSmall(Core.Home.DataHome home) =>
        LakeFixtureBuilder.Write(home, "enquete_rh", string.Join(" union all ",
            LakeFixtureBuilder.SurveyRow(2023, "010000001", "01", "AS", 10, 9, 1),
            LakeFixtureBuilder.SurveyRow(2023, "010000002", "01", "AS", 12, 11, 1),
            LakeFixtureBuilder.SurveyRow(2023, "380000001", "38", "AS", 20, 20, 1),
            LakeFixtureBuilder.SurveyRow(2023, "380000002", "38", "AS", 21, 20, 1),
            LakeFixtureBuilder.SurveyRow(2023, "380000003", "38", "AS", 22, 20, 1),
            LakeFixtureBuilder.SurveyRow(2023, "260000001", "26", "AS", 30, 30, 2),
            LakeFixtureBuilder.SurveyRow(2023, "260000002", "26", "AS", 31, 30, 2),
            LakeFixtureBuilder.SurveyRow(2023, "260000003", "26", "AS", 32, 30, 2)), "vintage", "department_code");

    /// <summary>
    /// Five métiers of the Landes with 3 balanced establishments (shown), and EJE where one establishment holds
    /// 100 of 110 employees (employment hidden for dominance) but only 10 of its 18 employees aged 55 and over.
    /// </summary>
    private static void LandesWithOneDominatedMetier(Core.Home.DataHome home)
    {
        var rows = new List<string>();
        var finess = 400000001;
        foreach (var metier in new[] { "AS", "AES", "ES", "ME", "TISF" })
        {
            for (var i = 0; i < 3; i++)
            {
                rows.Add(LakeFixtureBuilder.SurveyRowWithAges(2023, (finess++).ToString(System.Globalization.CultureInfo.InvariantCulture), "40", metier, 20 + i, 5 + i));
            }
        }

        rows.Add(LakeFixtureBuilder.SurveyRowWithAges(2023, "400000100", "40", "EJE", 100, 10));
        rows.Add(LakeFixtureBuilder.SurveyRowWithAges(2023, "400000101", "40", "EJE", 5, 4));
        rows.Add(LakeFixtureBuilder.SurveyRowWithAges(2023, "400000102", "40", "EJE", 5, 4));
        LakeFixtureBuilder.Write(home, "enquete_rh", string.Join(" union all ", rows), "vintage", "department_code");
    }
}
