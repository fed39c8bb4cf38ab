using System.Text;
using Observatory.Core.Home;
using Observatory.Etl.Jobs;
using Observatory.Etl.Reading;
using Observatory.Etl.Tests.Ingest;
using Observatory.SampleData;

namespace Observatory.Etl.Tests.Bulk;

/// <summary>
/// The bulk pass of plain CSV files gives exactly what the row pass gives: same counts, statuses,
/// issues (listed and counted), quarantine rows and lake rows, on the whole sample set with its
/// defects and on a hand-made file full of edge cases.
/// </summary>
public sealed class BulkPassEquivalenceTests : IDisposable
{
    private const string OffersHeader =
        "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;origineOffre;nombreOffres";

    private readonly TempHome _temp = new();

    [Fact]
    public void SampleSet_WithDefects_BulkAndRowPassesAgree()
    {
        var sample = Path.Combine(_temp.Root, "sample");
        SampleDataGenerator.Generate(new SampleDataOptions { OutputDirectory = sample, WithDefects = true });
        var plain = Directory.EnumerateFiles(sample, "*.csv", SearchOption.AllDirectories)
            .Where(f => !f.Contains("urssaf_etab_effectifs", StringComparison.Ordinal)) // wide (a column per year): unpivoted by the row pass
            .Count(f => CsvShapeCheck.Inspect(f, new CsvDialect(TextEncoding.Utf8, ';')) is not null);
        Assert.True(plain >= 3, $"only {plain} sample CSV files are plain enough for the bulk pass");

        AssertSameOutcome([sample], bulkFiles: plain);
    }

    /// <param name="maxDistinct">1,000,000: the C# scan numbers the cells; 3: most cells have more texts, so DuckDB reads the file alone and keeps them as text.</param>
    [Theory]
    [InlineData(1_000_000)]
    [InlineData(3)]
    public void OffersFile_WithEveryKindOfRowProblem_BulkAndRowPassesAgree(int maxDistinct)
    {
        var sb = new StringBuilder(OffersHeader).Append('\n');
        for (var i = 0; i < 200; i++)
        {
            sb.Append($"DEP;{(i % 3 == 0 ? "1" : "40")};Landes;ROME;J150{i % 10};Aide-soignant;TRIMESTRE;2025T{(i % 4) + 1};T 2025;{(i % 20 < 10 ? "TOFF" : "PE")};{i % 7}\n");
        }

        sb.Append("DEP;40;Landes;ROME;J1501;Aide-soignant;TRIMESTRE;2025T1;T1;TOFF;-3\n"); // negative, and a duplicate of an earlier key
        sb.Append("DEP;99;Nulle part;ROME;J1501;Aide-soignant;TRIMESTRE;2025T1;T1;TOFF;4\n"); // unknown department
        sb.Append("dep;40; Landes ;rome;j1501;x;trimestre;2025t2;T2;toff;\n"); // normalised codes, blank measure, duplicate
        sb.Append("DEP;40;Landes;ROME;Z9;x;TRIMESTRE;2025T9;T9;AUTRE;1,5\n"); // pattern, period, allowed value, not an integer
        sb.Append("DEP;2A;Corse;ROME;K1302;x;TRIMESTRE;2025T3;T3;PE;12\n"); // unknown ROME code: a warning only
        sb.Append("DEP;2A;Corse;ROME;K1302;x;TRIMESTRE;2025T3;T3;PE;n.d.\n"); // duplicate of the warning row
        var path = _temp.WriteInput("stat-offres_FR_2025.csv", sb.ToString(), new UTF8Encoding(true));
        Assert.NotNull(CsvShapeCheck.Inspect(path, new CsvDialect(TextEncoding.Utf8, ';')));

        var (bulk, _) = AssertSameOutcome([path], bulkFiles: 1, maxDistinct);

        var file = bulk.Files.Single();
        Assert.Equal(IngestStatus.Rejected, file.Status); // far more than 5 % of the rows are duplicates
        Assert.True(file.IssueCounts.ContainsKey("etl.duplicate_key"));
        Assert.True(file.IssueCounts.ContainsKey("etl.negative_count"));
    }

    [Theory]
    [InlineData(1_000_000)]
    [InlineData(3)]
    public void OffersFile_FewErrors_BulkLoadsAndQuarantinesLikeTheRowPass(int maxDistinct)
    {
        var sb = new StringBuilder(OffersHeader).Append("\r\n");
        for (var i = 0; i < 400; i++)
        {
            sb.Append($"DEP;{(i % 2 == 0 ? "1" : "40")};Lib;ROME;{(char)('A' + (i / 40))}15{i % 40:00};Métier é;TRIMESTRE;2025T{(i % 4) + 1};T;TOFF;{i}\r\n");
        }

        sb.Append("DEP;40;\u00A0 ;ROME;B1500;;TRIMESTRE;2025T1;\t;TOFF;5\r\n"); // blank labels, accepted
        sb.Append("DEP;1;Lib;ROME;A1500;x;TRIMESTRE;2025T1;T;TOFF;-1\r\n"); // duplicate of line 2 and negative
        sb.Append("DEP;40;Lib;ROME;A1501;x;TRIMESTRE;2025T2;T;TOFF;\r\n"); // duplicate of line 3 with a blank measure
        sb.Append("DEP;01;Lib;ROME;A1502;x;TRIMESTRE;2025T3;T;TOFF;7\r\n"); // "01" is line 4's "1" once padded: a duplicate
        var path = _temp.WriteInput("stat-offres_FR_2025.csv", sb.ToString());
        Assert.NotNull(CsvShapeCheck.Inspect(path, new CsvDialect(TextEncoding.Utf8, ';')));

        var (bulk, _) = AssertSameOutcome([path], bulkFiles: 1, maxDistinct);

        var file = bulk.Files.Single();
        Assert.Equal(IngestStatus.Loaded, file.Status);
        Assert.Equal(3, file.Quarantined);
    }

    /// <summary>The platform's person-level file: its <c>when</c> rules (exit described on exit, none while ongoing) quarantine alike.</summary>
    [Theory]
    [InlineData(1_000_000)]
    [InlineData(3)]
    public void PersonFollowUpFile_InconsistentExits_BulkAndRowPassesAgree(int maxDistinct)
    {
        var sb = new StringBuilder("Identifiant;Département;Plateforme;Année;Trimestre;Code métier;Statut;Type de sortie;Date de sortie\n");
        for (var i = 0; i < 200; i++)
        {
            var exits = i % 4 == 3;
            sb.Append($"{i:x16};40;Plateforme;2024;T{(i % 4) + 1};{(i % 2 == 0 ? "AS" : "AES")};{(exits ? "Sortie" : "En cours")};{(exits ? "Emploi" : "")};{(exits ? "15/10/2024" : "")}\n");
        }

        sb.Append("ffffffffffffffaa;40;Plateforme;2024;T1;AS;En cours;Emploi;\n"); // exit type while ongoing
        sb.Append("ffffffffffffffab;40;Plateforme;2024;T2;AS;en cours;;03/05/2024\n"); // exit date while ongoing (status normalised)
        sb.Append("ffffffffffffffac;40;Plateforme;2024;T3;AS;Sortie;;\n"); // exit without type nor date: two issues
        sb.Append("ffffffffffffffad;40;Plateforme;2024;T4;AS;SORTIE;Formation;\n"); // exit without date
        sb.Append("ffffffffffffffae;40;Plateforme;2024;T4;AS;Terminé;;\n"); // status not allowed: no when rule applies
        sb.Append("ffffffffffffffaf;40;Plateforme;2024;T4;AS;Sortie;Autre;30/11/2024\n"); // a complete exit
        var path = _temp.WriteInput("plateforme_parcours_40_2024.csv", sb.ToString());
        Assert.NotNull(CsvShapeCheck.Inspect(path, new CsvDialect(TextEncoding.Utf8, ';')));

        var (bulk, _) = AssertSameOutcome([path], bulkFiles: 1, maxDistinct);

        var file = bulk.Files.Single();
        Assert.Equal(IngestStatus.Loaded, file.Status);
        Assert.Equal(5, file.Quarantined);
        Assert.Equal(5, file.IssueCounts["etl.inconsistent_values"]);
        Assert.Equal(1, file.IssueCounts["etl.value_not_allowed"]);
    }

    [Fact]
    public void OffersFile_ManyDistinctLabels_LakeFilesNoLargerThanTheRowPass()
    {
        // 20 departments × 100 rows, every ROME label different: a label dictionary of 2,000 texts
        // that no partition needs whole.
        var sb = new StringBuilder(OffersHeader).Append('\n');
        for (var i = 0; i < 2000; i++)
        {
            sb.Append($"DEP;{(i / 100) + 21};Lib;ROME;J{i % 10000:0000};Libellé unique numéro {i} pour ce métier;TRIMESTRE;2025T1;T1;TOFF;{i}\n");
        }

        var path = _temp.WriteInput("stat-offres_FR_2025.csv", sb.ToString());
        var (bulk, rows) = AssertSameOutcome([path], bulkFiles: 1);

        Assert.Equal(20, bulk.Files.Single().Partitions.Count);
        var bulkBytes = LakeBytes(Path.Combine(_temp.Root, "bulk"));
        var rowBytes = LakeBytes(Path.Combine(_temp.Root, "rows"));
        Assert.True(bulkBytes <= rowBytes * 1.25, $"bulk lake {bulkBytes} bytes, row pass lake {rowBytes} bytes");
        Assert.Equal(20, rows.Files.Single().Partitions.Count);
    }

    private static long LakeBytes(string home) =>
        Directory.EnumerateFiles(Path.Combine(home, "lake"), "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private const string BulkStage = "bulk: typed rows";

    public void Dispose() => _temp.Dispose();

    /// <summary>Records the stages the ingest reports.</summary>
    private sealed class StageRecorder : IIngestObserver
    {
        private readonly List<string> _stages = [];

        public int Count(string stage) => _stages.Count(s => s == stage);

        public void FileStarted(int index, int count, string path)
        {
        }

        public void RowsRead(long rows)
        {
        }

        public void FileFinished(IngestFileResult result)
        {
        }

        public void StageFinished(string stage, TimeSpan elapsed) => _stages.Add(stage);
    }

    /// <summary>
    /// Ingests <paramref name="inputs"/> with and without the bulk pass and asserts the same outcome; the bulk run
    /// must really have taken the bulk path for at least <paramref name="bulkFiles"/> files, the other run never.
    /// </summary>
    private (IngestReport Bulk, IngestReport Rows) AssertSameOutcome(IReadOnlyList<string> inputs, int bulkFiles, int maxDistinct = 1_000_000)
    {
        var bulkHome = DataHome.Resolve(Path.Combine(_temp.Root, "bulk"));
        var rowHome = DataHome.Resolve(Path.Combine(_temp.Root, "rows"));
        var bulkStages = new StageRecorder();
        var rowStages = new StageRecorder();
        var bulk = IngestRunner.Run(inputs, new IngestOptions { Home = bulkHome, MaxIssuesPerFile = 25, Observer = bulkStages, BulkMaxDistinct = maxDistinct });
        var rows = IngestRunner.Run(inputs, new IngestOptions { Home = rowHome, MaxIssuesPerFile = 25, BulkCsv = false, Observer = rowStages });
        Assert.True(bulkStages.Count(BulkStage) >= bulkFiles, $"the bulk pass ran for {bulkStages.Count(BulkStage)} files, expected at least {bulkFiles}");
        Assert.Equal(0, rowStages.Count(BulkStage));

        Assert.Equal(rows.Files.Count, bulk.Files.Count);
        foreach (var (b, r) in bulk.Files.Zip(rows.Files))
        {
            var what = Path.GetFileName(b.Path);
            Assert.True((r.Status, r.Read, r.Accepted, r.Quarantined, r.Reason, r.Message) == (b.Status, b.Read, b.Accepted, b.Quarantined, b.Reason, b.Message),
                $"{what}: rows {r.StatusCode} {r.Read}/{r.Accepted}/{r.Quarantined} {r.Reason}, bulk {b.StatusCode} {b.Read}/{b.Accepted}/{b.Quarantined} {b.Reason}");
            Assert.Equal(r.IssueCounts.OrderBy(kv => kv.Key), b.IssueCounts.OrderBy(kv => kv.Key));
            Assert.Equal(r.Issues, b.Issues);
            Assert.Equal(r.Partitions, b.Partitions);
            Assert.Equal(r.QuarantineParquet is null, b.QuarantineParquet is null);
            if (r.QuarantineParquet is not null)
            {
                AssertSameRows(
                    $"select * exclude (run_id) from read_parquet('{r.QuarantineParquet}')",
                    $"select * exclude (run_id) from read_parquet('{b.QuarantineParquet}')", what + " quarantine");
            }
        }

        foreach (var source in rows.Files.Where(f => f.Status == IngestStatus.Loaded).Select(f => f.Source!).Distinct())
        {
            AssertSameRows(LakeSql(rowHome, source), LakeSql(bulkHome, source), source + " lake");
        }

        return (bulk, rows);
    }

    private static string LakeSql(DataHome home, string source) =>
        $"select * exclude (run_id) from read_parquet('{Path.Combine(home.LakeDirectory, source)}/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)";

    private static void AssertSameRows(string expected, string actual, string what)
    {
        var missing = LakeQuery.Scalar($"select count(*) from (({expected}) except all ({actual}))");
        var extra = LakeQuery.Scalar($"select count(*) from (({actual}) except all ({expected}))");
        Assert.True(missing == 0 && extra == 0, $"{what}: {missing} rows of the row pass missing from the bulk pass, {extra} extra");
        Assert.Equal(LakeQuery.Scalar($"select count(*) from ({expected})"), LakeQuery.Scalar($"select count(*) from ({actual})"));
    }
}
