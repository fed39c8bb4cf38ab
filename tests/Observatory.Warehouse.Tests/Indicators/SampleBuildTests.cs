using Observatory.Warehouse.Indicators;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>Properties of a full build over generated sample data, ingested by the real ingest.</summary>
public sealed class SampleBuildTests(SampleBuildFixture fixture) : IClassFixture<SampleBuildFixture>
{
    [Fact]
    public void Build_SampleData_PublishedWithoutFailures()
    {
        Assert.True(fixture.Report.Published, fixture.Report.Error + string.Join("\n", fixture.Report.Failures));
        Assert.True(fixture.Report.SourceRows["bmo"] > 0);
    }

    [Fact]
    public void Catalogue_EveryComputedIndicatorHasValues_EveryOtherIsPlannedWithReason()
    {
        var catalog = IndicatorCatalog.Load(Core.Reference.SchemasDirectory.Locate());
        var present = WarehouseQuery.Rows(fixture.Home, "select distinct indicator from pub.indicator_values").Select(r => (string)r[0]!).ToHashSet();

        foreach (var indicator in catalog.Indicators)
        {
            if (indicator.Status == "planned")
            {
                Assert.False(string.IsNullOrWhiteSpace(indicator.PlannedReason), indicator.Code);
            }
            else
            {
                Assert.True(present.Contains(indicator.Code), $"{indicator.Code} is declared computed but has no value");
            }
        }
    }

    [Fact]
    public void Catalogue_EveryIndicatorStatesItsPeriodConvention()
    {
        var missing = WarehouseQuery.Count(fixture.Home, "select count(*) from pub.indicators where coalesce(trim(period_convention), '') = ''");

        Assert.Equal(0, missing);
        Assert.Contains("moyenne annuelle", (string)WarehouseQuery.Scalar(fixture.Home, "select period_convention from pub.indicators where indicator = 'job_seekers_a'")!, StringComparison.Ordinal);
    }

    [Fact]
    public void TensionIndex_IsNoBetterThanItsPrincipalComponents()
    {
        // an index shown over an imputed (masked bassins) or provisional component carries that status too
        var cells = WarehouseQuery.Rows(fixture.Home, """
            with ranked as (
                select *, list_position(['ok', 'rounded', 'provisional', 'imputed', 'partial', 'missing', 'secret'], status) as rank
                from pub.indicator_values
            )
            select
                count(*) filter (where t.rank < c.rank),
                count(*) filter (where c.status = 'imputed')
            from ranked as t
            join ranked as c
                on c.metier = t.metier and c.territory_level = t.territory_level and c.territory = t.territory and c.period = t.period
                and c.indicator in ('recruitment_difficulty_rate', 'tension_ratio')
            where t.indicator = 'tension_index' and t.value is not null and c.value is not null
            """).Single();

        Assert.Equal(0L, Convert.ToInt64(cells[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Convert.ToInt64(cells[1], System.Globalization.CultureInfo.InvariantCulture) > 0, "the sample has shown indexes over imputed components");
    }

    [Fact]
    public void TensionReference_DeclaresEveryDaresDimension_ComputedOrWithItsReason()
    {
        // DATA-SOURCES §4.3: the principal indicator's three components and the seven complementary dimensions
        string[] dares =
        [
            "recruitment_difficulty_rate", "tension_ratio", "outflow_rate", "hiring_intensity", "available_labour",
            "non_durable_employment", "constraining_conditions", "training_job_link", "geographic_mismatch", "wage_unattractiveness",
        ];
        var rows = WarehouseQuery.Rows(fixture.Home,
            "select indicator, component_role, weight, dimension_status, dimension_reason, cell_count from pub.tension_reference where component_role <> 'index'");
        var index = WarehouseQuery.Rows(fixture.Home, "select indicator, dimension_status, cell_count from pub.tension_reference where component_role = 'index'").Single();

        Assert.Equal(("tension_index", "computed"), ((string)index[0]!, (string)index[1]!));
        Assert.True(Convert.ToInt64(index[2], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(dares.Order(StringComparer.Ordinal), rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.All(rows.Where(r => (string)r[3]! == "planned"), r => Assert.False(string.IsNullOrWhiteSpace(r[4] as string), $"{r[0]} states why it is not computed"));
        Assert.All(rows.Where(r => (string)r[3]! == "computed"), r => Assert.True(Convert.ToInt64(r[5], System.Globalization.CultureInfo.InvariantCulture) > 0, $"{r[0]} has a reference population"));
        var principal = rows.Where(r => (string)r[1]! == "principal").ToDictionary(r => (string)r[0]!, r => WarehouseQuery.Double(r[2])!.Value);
        Assert.Equal(new Dictionary<string, double> { ["recruitment_difficulty_rate"] = 0.5, ["tension_ratio"] = 0.3, ["outflow_rate"] = 0.2 }, principal);
    }

    [Fact]
    public void PubSurface_EveryTableAndColumnHasAComment()
    {
        var tables = WarehouseQuery.Rows(fixture.Home, "select table_name, comment from duckdb_tables() where schema_name = 'pub'");
        var columns = WarehouseQuery.Rows(fixture.Home, "select table_name || '.' || column_name, comment from duckdb_columns() where schema_name = 'pub'");

        Assert.Equal(
            ["disclosure_summary", "indicator_values", "indicators", "metier_codes", "metiers", "sources", "tension", "tension_agreement", "tension_reference", "territories"],
            tables.Select(t => (string)t[0]!).Order(StringComparer.Ordinal));
        Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t[1] as string), $"table {t[0]}"));
        Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c[1] as string), $"column {c[0]}"));
    }

    [Fact]
    public void Disclosure_NoPublishedRowBreaksARule()
    {
        var breaking = WarehouseQuery.Count(fixture.Home, """
            select count(*) from pub.indicator_values as v
            join pub.indicators as i using (indicator)
            where v.value is not null and (
                (i.disclosure_rule = 'establishments' and v.unit_count < 3)
                or (i.disclosure_rule = 'persons' and v.unit_count < 5)
                or (i.disclosure_rule = 'ratio' and (v.numerator < 5 or v.denominator < 5))
                or v.status in ('missing', 'secret'))
            """);

        Assert.Equal(0, breaking);
        Assert.Equal(0, WarehouseQuery.Count(fixture.Home, "select count(*) from duckdb_columns() where schema_name = 'pub' and column_name in ('finess_et', 'employer_name')"));
    }

    [Fact]
    public void Tension_ZScoresAndLevels_FollowStoredReferenceAndItsQuintiles()
    {
        var cuts = WarehouseQuery.Rows(fixture.Home,
            "select threshold_1_2, threshold_2_3, threshold_3_4, threshold_4_5 from pub.tension_reference where indicator = 'tension_index'")
            .Single().Select(v => WarehouseQuery.Double(v)!.Value).ToList();
        var rows = WarehouseQuery.Rows(fixture.Home, """
            select t."index", t.level,
                sum(r.weight * (c.value - r.reference_mean) / r.reference_stddev) / sum(r.weight) as recomputed
            from pub.tension as t, unnest(t.components) as u(c)
            join pub.tension_reference as r on r.indicator = c.indicator_code and r.component_role = 'principal'
            where t.status = 'ok'
            group by all
            """);

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var index = WarehouseQuery.Double(row[0])!.Value;
            Assert.Equal(WarehouseQuery.Double(row[2])!.Value, index, 9);
            var expected = 1 + cuts.Count(c => index >= c);
            Assert.Equal(expected, Convert.ToInt32(row[1], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Tension_HiddenIndex_HasNoIndexLevelNorPrincipalComponent()
    {
        var hidden = WarehouseQuery.Rows(fixture.Home,
            "select \"index\", level, list_count(list_filter(components, c -> c.role = 'principal' and c.z_score is not null)) " +
            "from pub.tension where disclosure_reason is not null");

        Assert.NotEmpty(hidden);
        Assert.All(hidden, r => Assert.Null(r[0]));
        Assert.All(hidden, r => Assert.Null(r[1]));
        // Of the three principal components at least one (the difficulty rate, 'composite') is hidden: the index cannot be
        // recomputed from the others.
        Assert.All(hidden, r => Assert.True(Convert.ToInt64(r[2], System.Globalization.CultureInfo.InvariantCulture) < 3));
    }

    [Fact]
    public void Provenance_PublishedValueLeadsToRawFileHashAndRun()
    {
        var linked = WarehouseQuery.Count(fixture.Home, """
            select count(*) from pub.indicator_values as v
            join pub.sources as s on s.file_sha256 = split_part(v.source_files_sha256, ',', 1)
            where v.indicator = 'recruitment_projects' and s.file_name is not null and s.run_id is not null
            """);

        Assert.True(linked > 0);
    }

    [Fact]
    public void Provenance_EveryValueOfEveryIndicator_ComesFromFilesOfItsDeclaredSources_AndTheirRuns()
    {
        // Each published value's files must exist in pub.sources, belong to a source the catalogue declares for the
        // indicator, and its runs must be exactly those files' runs.
        var wrong = WarehouseQuery.Rows(fixture.Home, """
            with values_files as (
                select v.indicator, v.metier, v.territory_level, v.territory, v.period, v.ingest_runs,
                    unnest(string_split(v.source_files_sha256, ',')) as sha
                from pub.indicator_values as v
                where v.value is not null
            ),
            checked as (
                select f.*, s.source, s.run_id, list_contains(string_split(replace(i.sources, ' ', ''), ','), s.source) as declared
                from values_files as f
                join pub.indicators as i using (indicator)
                left join pub.sources as s on s.file_sha256 = f.sha
            ),
            per_value as (
                select indicator, metier, territory_level, territory, period, any_value(ingest_runs) as ingest_runs,
                    bool_and(source is not null and declared) as all_declared,
                    array_to_string(list_sort(list_distinct(list(run_id))), ',') as file_runs
                from checked
                group by all
            )
            select indicator, metier, territory_level, territory, period, all_declared, ingest_runs, file_runs
            from per_value
            where not all_declared or ingest_runs is distinct from file_runs
            limit 5
            """);
        var unsourced = WarehouseQuery.Count(fixture.Home,
            "select count(*) from pub.indicator_values where value is not null and (source_files_sha256 is null or ingest_runs is null)");
        var missingSources = WarehouseQuery.Rows(fixture.Home, """
            with used as (
                select distinct v.indicator, s.source
                from pub.indicator_values as v, unnest(string_split(v.source_files_sha256, ',')) as u(sha)
                join pub.sources as s on s.file_sha256 = u.sha
                where v.value is not null
            ),
            declared as (
                select indicator, unnest(string_split(replace(sources, ' ', ''), ',')) as source
                from pub.indicators
                where catalogue_status = 'computed' and indicator in (select indicator from pub.indicator_values where value is not null)
            )
            select d.indicator, d.source from declared as d
            anti join used as u using (indicator, source)
            """);

        Assert.Empty(wrong);
        Assert.Equal(0, unsourced);
        // Every declared source feeds at least one value, except the training surveys, which the catalogue declares
        // together and the sample gives as one file type per diploma family.
        Assert.DoesNotContain(missingSources, r => !((string)r[1]!).StartsWith("drees_", StringComparison.Ordinal));
    }

    private static readonly string[] LevelLabels = ["très faible", "faible", "moyenne", "forte", "très forte"];

    [Theory]
    [InlineData(2023, "FAP 225 x Dep", "40", "T2A60", "ADVF+TISF")]
    [InlineData(2023, "FAP 225 x Dep", "01", "V0Z60", "AES+AP+AS")]
    [InlineData(2023, "FAP 225 x Reg", "84", "V4Z83", "CADSE+EJE+ES+ETS+ME")]
    [InlineData(2024, "FAP 228 x Dep", "40", "V4X84", "AES")]
    [InlineData(2024, "FAP 228 x Dep", "01", "V0X60", "AS")]
    public void OfficialLevel_EqualsTheDaresFileCellOfTheGroupsFapCode(int year, string sheet, string territory, string fap, string metier)
    {
        var path = Path.Combine(fixture.SampleDirectory, "dares_tensions", $"dares_donnees_tensions_{year}.xlsx");
        using var workbook = Etl.Reading.XlsxWorkbook.Open(path);
        var rows = workbook.ReadSheet(sheet).ToList();
        var column = rows[0].Cells.ToList().IndexOf(sheet.EndsWith("Dep", StringComparison.Ordinal) ? "Code département" : "Code région");
        var cell = rows.Single(r => r[0] == fap && r[column]?.PadLeft(2, '0') == territory);
        var level = rows[0].Cells.ToList().IndexOf("Tension - discret");

        var published = WarehouseQuery.Rows(fixture.Home,
            $"select official_level, official_label, official_status from pub.tension where metier = '{metier}' and territory = '{territory}' " +
            $"and territory_level = '{(sheet.EndsWith("Dep", StringComparison.Ordinal) ? "DEP" : "REG")}' and period = '{year}'").Single();

        Assert.Equal(int.Parse(cell[level]!, System.Globalization.CultureInfo.InvariantCulture), published[0]);
        Assert.Equal(LevelLabels[(int)published[0]! - 1], published[1]);
        Assert.Equal("ok", published[2]);
    }

    [Fact]
    public void OfficialLevel_ShownBesideEveryIndex_AgreementPublishedPerYearAndLevel()
    {
        var withoutOfficial = WarehouseQuery.Count(fixture.Home,
            "select count(*) from pub.tension where official_status is null");
        var agreement = WarehouseQuery.Rows(fixture.Home,
            "select period, territory_level, cells, weighted_kappa from pub.tension_agreement order by period, territory_level");

        Assert.Equal(0, withoutOfficial);
        Assert.Contains(agreement, r => (string)r[0]! == "2024" && (string)r[1]! == "DEP" && (long)r[2]! > 0);
        Assert.Contains(agreement, r => (string)r[0]! == "ALL" && (string)r[1]! == "ALL");
        Assert.All(agreement.Where(r => r[3] is not null), r => Assert.InRange((double)r[3]!, -1, 1));
    }
}
