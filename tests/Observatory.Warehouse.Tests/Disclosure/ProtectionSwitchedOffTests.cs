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
        // (the analysts' rule lives in the same statement: switched off too, so the anonymous reader is the one failing)

        var (protectedBuild, unprotected) = BuildBoth(variant, ThreeDepartmentsOneSmall);

        Assert.True(protectedBuild.Published, string.Join("\n", protectedBuild.Failures));
        AssertRefusedWith(unprotected, "employment.value AS DEP 01 2023");
    }

    [Fact]
    public void AnalystRuleOff_TheOtherHiddenDepartmentsAnalystRecoversTheFirst_BuildRefused()
    {
        using var variant = EtlVariant.With(StepFile,
            "    knowledge as (\n        select * from int_disclosure_analyst_knowledge\n    ),",
            "    knowledge as (\n        select * from int_disclosure_analyst_knowledge where false\n    ),");

        var (protectedBuild, unprotected) = BuildBoth(variant, ThreeDepartmentsOneSmall);

        Assert.True(protectedBuild.Published, string.Join("\n", protectedBuild.Failures));
        Assert.False(unprotected.Published, "the edition was published although the analysts' rule was switched off");
        Assert.Null(unprotected.Error);
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
        Assert.False(report.Published, "the edition was published although its protection was switched off");
        Assert.Null(report.Error);
        var audit = Assert.Single(report.Failures, f => f.Model == DisclosureAuditStep.FailureModel && f.Test == DisclosureAuditStep.AnonymousTest);
        Assert.True(audit.Blocking);
        Assert.Contains(audit.SampleRows, r => r.Contains(cell, StringComparison.Ordinal));
        Assert.True(report.Failures.Where(f => f.Model != DisclosureAuditStep.FailureModel).All(f => !f.Blocking), string.Join("\n", report.Failures));
    }

    /// <summary>
    /// AS in region 84: the Ain with 2 establishments (hidden), Isère and Drôme with 3 each; AES with 3 establishments
    /// in each of the three (all shown: the family on which a reader checks that the region is the sum).
    /// </summary>
    private static void ThreeDepartmentsOneSmall(Core.Home.DataHome home) =>
        LakeFixtureBuilder.Write(home, "enquete_rh", string.Join(" union all ",
            LakeFixtureBuilder.SurveyRow(2023, "010000101", "01", "AES", 14, 12, 1),
            LakeFixtureBuilder.SurveyRow(2023, "010000102", "01", "AES", 15, 12, 1),
            LakeFixtureBuilder.SurveyRow(2023, "010000103", "01", "AES", 16, 12, 1),
            LakeFixtureBuilder.SurveyRow(2023, "380000101", "38", "AES", 24, 20, 2),
            LakeFixtureBuilder.SurveyRow(2023, "380000102", "38", "AES", 25, 20, 2),
            LakeFixtureBuilder.SurveyRow(2023, "380000103", "38", "AES", 26, 20, 2),
            LakeFixtureBuilder.SurveyRow(2023, "260000101", "26", "AES", 34, 30, 1),
            LakeFixtureBuilder.SurveyRow(2023, "260000102", "26", "AES", 35, 30, 1),
            LakeFixtureBuilder.SurveyRow(2023, "260000103", "26", "AES", 36, 30, 1),
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
        string[] metiers = ["AS", "AES", "ES", "ME", "TISF"];
        for (var m = 0; m < metiers.Length; m++)
        {
            for (var i = 0; i < 3; i++)
            {
                rows.Add(LakeFixtureBuilder.SurveyRowWithAges(2023, (finess++).ToString(System.Globalization.CultureInfo.InvariantCulture), "40", metiers[m], 20 + (7 * m) + i, 5 + m + i));
            }
        }

        rows.Add(LakeFixtureBuilder.SurveyRowWithAges(2023, "400000100", "40", "EJE", 100, 10));
        rows.Add(LakeFixtureBuilder.SurveyRowWithAges(2023, "400000101", "40", "EJE", 5, 4));
        rows.Add(LakeFixtureBuilder.SurveyRowWithAges(2023, "400000102", "40", "EJE", 5, 4));
        LakeFixtureBuilder.Write(home, "enquete_rh", string.Join(" union all ", rows), "vintage", "department_code");
    }
}
