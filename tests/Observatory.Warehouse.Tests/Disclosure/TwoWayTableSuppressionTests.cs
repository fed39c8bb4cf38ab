using System.Globalization;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>
/// The platforms' job exits form a two-way table per region: departments × métiers, with the region's métier totals
/// and each department's total over métiers (the denominator of exits_by_metier). Here every row and column holds two
/// hidden cells or more, yet the Ain's analyst, who knows the Ain's row, can combine rows and columns: the Loire's two
/// hidden cells (AES, ES) join two closed rectangles without being on a cycle of hidden cells. The rectangle rule of
/// the secondary suppression hides one more cell; switched off, the audit refuses the build.
/// </summary>
public sealed class TwoWayTableSuppressionTests : IDisposable
{
    private const string StepFile = "etl/models/intermediate/disclosure/int_disclosure_quantities_suppressed.step.sql";

    /// <summary>
    /// Job exits per department and métier (AS, AES, ES, ME, EJE) in region 84; below 5 is hidden (ratio operands). EJE is
    /// shown everywhere, and five departments have every métier shown: the families on which a reader checks that the
    /// region is the sum of its departments and a department's total the sum of its métiers.
    /// </summary>
    private static readonly (string Department, int[] Exits)[] JobExits =
    [
        ("01", [3, 8, 7, 4, 6]),
        ("03", [2, 3, 6, 10, 7]),
        ("07", [4, 2, 9, 11, 8]),
        ("15", [8, 7, 3, 2, 9]),
        ("26", [9, 12, 4, 3, 10]),
        ("42", [10, 3, 2, 5, 11]),
        ("38", [12, 9, 8, 7, 6]),
        ("43", [6, 7, 8, 9, 10]),
        ("63", [11, 5, 6, 9, 7]),
        ("69", [15, 14, 13, 12, 11]),
        ("73", [7, 9, 11, 5, 8]),
    ];

    private static readonly string[] Metiers = ["AS", "AES", "ES", "ME", "EJE"];

    private readonly TempHome _on = new();
    private readonly TempHome _off = new();

    public void Dispose()
    {
        _on.Dispose();
        _off.Dispose();
    }

    [Fact]
    public void RectangleRule_ClosesTheBridge_AndTheAuditPasses()
    {
        WriteLake(_on.Home);

        var report = WarehouseBuilder.Run(new BuildOptions { Home = _on.Home });

        Assert.True(report.Published, string.Join("\n", report.Failures));
        // the Loire's AES cell is on no rectangle of hidden cells: the smallest shown cell closing one, Allier's ES (6)
        Assert.Equal("secondary", WarehouseQuery.Scalar(_on.Home,
            "select hidden_reason from int_disclosure_quantities_suppressed where quantity = 'plateforme.exits_to_job' " +
            "and metier_code = 'ES' and territory_level = 'DEP' and territory_code = '03' and period_code = '2023'"));
    }

    [Fact]
    public void RectangleRuleOff_TheAinsAnalystCombinesRowsAndColumns_BuildRefused()
    {
        using var variant = EtlVariant.With(StepFile, "having not bool_or(w_unknown)", "having false");
        WriteLake(_off.Home);

        var report = WarehouseBuilder.Run(new BuildOptions { Home = _off.Home, EtlDirectory = variant.EtlDirectory, SchemasDirectory = variant.SchemasDirectory });

        Assert.False(report.Published, "the edition was published although the rectangle rule was switched off");
        var audit = Assert.Single(report.Failures, f => f.Model == DisclosureAuditStep.FailureModel && f.Test.Contains("01", StringComparison.Ordinal));
        Assert.Contains(audit.SampleRows, r => r.Contains("exits_by_metier.numerator AES DEP 42 2023", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Failures, f => f.Model == DisclosureAuditStep.FailureModel && f.Test == DisclosureAuditStep.AnonymousTest);
    }

    /// <summary>
    /// Every cell: its job exits, 5 people still accompanied, and one exit to a training where the job exits are shown
    /// (so that positive exits and job exits are not the same column).
    /// </summary>
    private static void WriteLake(Core.Home.DataHome home)
    {
        var cells = from row in JobExits
                    from m in Enumerable.Range(0, Metiers.Length)
                    let jobs = row.Exits[m]
                    select Cell(row.Department, Metiers[m], jobs, jobs >= 5 ? 1 : 0);
        LakeFixtureBuilder.Write(home, "plateforme_parcours", string.Join(" union all ", cells));
    }

    private static string Cell(string department, string metier, int jobs, int trainings) => string.Create(CultureInfo.InvariantCulture, $"""
        select 2023::bigint as vintage, '{metier}-' || kind || '-' || i as person_id, '{department}' as department_code,
            'P{department}' as platform, 2023::bigint as year, 'T1' as quarter, '{metier}' as metier_code,
            case when kind = 'ongoing' then 'EN COURS' else 'SORTIE' end as accompaniment_status,
            case kind when 'job' then 'EMPLOI' when 'training' then 'FORMATION' end as exit_type,
            case when kind <> 'ongoing' then date '2023-02-15' end as exit_date
        from (select 'job' as kind, range as i from range({jobs}) union all select 'training', range from range({trainings})
            union all select 'ongoing', range from range(5))
        """);
}
