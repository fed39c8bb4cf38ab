using Observatory.Etl.Jobs;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>Ingesting is repeatable: same bytes change nothing; a corrected vintage replaces its partition; a newer one sits beside.</summary>
public sealed class IngestIdempotencyTests : IDisposable
{
    private readonly TempHome _temp = new();

    [Fact]
    public void Run_SameFileTwice_SecondIsUnchangedAndLakeIsUntouched()
    {
        var path = _temp.WriteInput(PlateformeFiles.FileName(2024), PlateformeFiles.Content(2024, metiers: 5));
        var first = Ingest(path);
        Assert.Equal(IngestStatus.Loaded, first.Status);
        Assert.Equal(20, first.Accepted);
        var before = LakeSnapshot();

        var second = Ingest(path);

        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(before, LakeSnapshot());
        Assert.Equal(20, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite"));
    }

    [Fact]
    public void Run_CorrectedContentOfSameVintage_ReplacesThePartition()
    {
        var path = _temp.WriteInput(PlateformeFiles.FileName(2024), PlateformeFiles.Content(2024, metiers: 5));
        Ingest(path);
        _temp.WriteInput(PlateformeFiles.FileName(2024), PlateformeFiles.Content(2024, metiers: 6, shift: 1));

        var corrected = Ingest(path);

        Assert.Equal(IngestStatus.Loaded, corrected.Status);
        Assert.Equal(24, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite"));
        Assert.Equal(24, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite", "people_informed = 41"));
        Assert.Equal(["vintage=2024/department_code=01"], corrected.Partitions);
    }

    [Fact]
    public void Run_NewerVintage_SitsBesideTheOlder()
    {
        Ingest(_temp.WriteInput(PlateformeFiles.FileName(2023), PlateformeFiles.Content(2023, metiers: 3)));
        Ingest(_temp.WriteInput(PlateformeFiles.FileName(2024), PlateformeFiles.Content(2024, metiers: 4)));

        Assert.Equal(12, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite", "vintage = '2023'"));
        Assert.Equal(16, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite", "vintage = '2024'"));
    }

    [Fact]
    public void Run_LakeFiles_CarryLineageInColumnsAndMetadata()
    {
        var result = Ingest(_temp.WriteInput(PlateformeFiles.FileName(2024), PlateformeFiles.Content(2024, metiers: 2)));
        var file = Path.Combine(_temp.Home.LakeDirectory, "plateforme_activite", "vintage=2024", "department_code=01", "data.parquet");

        Assert.Equal(8, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite",
            $"source_sha256 = '{result.Sha256}' and contract_version = 2 and department_code = '01'"));
        var metadata = LakeQuery.Rows($"select decode(key), decode(value) from parquet_kv_metadata('{file}')")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal(result.Sha256, metadata["source_sha256"]);
        Assert.Equal("2", metadata["contract_version"]);
        Assert.False(string.IsNullOrEmpty(metadata["run_id"]));
    }

    [Fact]
    public void Run_MaskedMeasure_IsNullWithStatusNeverZero()
    {
        var content = PlateformeFiles.Header + "\n01;P;2024;T1;AS;\n01;P;2024;T2;AS;12\n";
        Ingest(_temp.WriteInput(PlateformeFiles.FileName(2024), content));

        Assert.Equal(1, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite",
            "quarter = 'T1' and people_informed is null and people_informed_status = 'missing'"));
        Assert.Equal(1, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite",
            "quarter = 'T2' and people_informed = 12 and people_informed_status = 'ok'"));
    }

    [Fact]
    public void Run_RejectRateAboveThreshold_RejectsWholeFileAndQuarantinesEveryRow()
    {
        var content = PlateformeFiles.Content(2024, metiers: 5).Replace(";AS;", ";ZZZ;", StringComparison.Ordinal);
        var result = Ingest(_temp.WriteInput(PlateformeFiles.FileName(2024), content));

        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.Equal("etl.file_rejected", result.Reason);
        Assert.Equal((20, 0, 20), (result.Read, result.Accepted, result.Quarantined));
        Assert.Equal(0, LakeQuery.CountLake(_temp.Home.LakeDirectory, "plateforme_activite"));
        Assert.Equal(4, LakeQuery.Scalar($"select count(*) from read_parquet('{result.QuarantineParquet}') where reason_code = 'etl.unknown_code'"));
    }

    [Fact]
    public void Run_FileOfAnotherSourceWithForcedSource_IsRejectedWithHint()
    {
        var path = _temp.WriteInput(PlateformeFiles.FileName(2024), PlateformeFiles.Content(2024, metiers: 2));

        var result = IngestRunner.Run([path], new IngestOptions { Home = _temp.Home, ForcedSource = "ft_offres" }).Files.Single();

        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.Equal("etl.source_mismatch", result.Reason);
        Assert.Contains("plateforme_activite", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownHeaders_AreRejectedNamingHeadersAndClosestContract()
    {
        var path = _temp.WriteInput("mystere.csv", "Département;Plateforme;Année;Trimestre;Colonne inconnue\n01;P;2024;T1;x\n");

        var result = Ingest(path);

        Assert.Equal("etl.unknown_source", result.Reason);
        Assert.Contains("Colonne inconnue", result.Message, StringComparison.Ordinal);
        Assert.Contains("plateforme_activite", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhileAnotherWriterHoldsTheLock_FailsAtOnce()
    {
        var path = _temp.WriteInput(PlateformeFiles.FileName(2024), PlateformeFiles.Content(2024, metiers: 2));
        using var held = Core.Home.WriterLock.Acquire(_temp.Home, "build");

        var ex = Assert.Throws<Core.Home.WriterLockedException>(() => Ingest(path));

        Assert.Contains("une seule écriture à la fois", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Home.LakeDirectory));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_AfterAKilledLanding_RemovesItsTemporaryCopyAndLandsTheFile()
    {
        var first = Ingest(_temp.WriteInput(PlateformeFiles.FileName(2023), PlateformeFiles.Content(2023, metiers: 3)));
        var raw = Path.Combine(_temp.Home.Root, "raw");
        var left = Path.Combine(raw, ".landing-4242-0123456789abcdef.tmp");
        File.WriteAllText(left, "half a file");

        var second = Ingest(_temp.WriteInput(PlateformeFiles.FileName(2024), PlateformeFiles.Content(2024, metiers: 4)));

        Assert.False(File.Exists(left));
        Assert.Equal(IngestStatus.Loaded, second.Status);
        var landed = Directory.EnumerateFiles(raw, "*", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { first.Sha256, second.Sha256 }.Order(StringComparer.Ordinal), landed);
    }

    private IngestFileResult Ingest(string path) =>
        IngestRunner.Run([path], new IngestOptions { Home = _temp.Home }).Files.Single();

    private string LakeSnapshot() => string.Join('\n', Directory
        .EnumerateFiles(_temp.Home.LakeDirectory, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{f} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f).Ticks}"));
}
