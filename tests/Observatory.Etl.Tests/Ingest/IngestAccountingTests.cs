using Observatory.Etl.Jobs;
using Observatory.SampleData;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>Nothing is lost: on every sample and defect file, read = accepted + quarantined, and the outputs hold exactly those rows.</summary>
public sealed class IngestAccountingTests(SampleSetFixture fixture) : IClassFixture<SampleSetFixture>
{
    [Fact]
    public void Run_EveryGeneratedFile_IsReported()
    {
        Assert.Equal(fixture.Manifest.Files.Count, fixture.Report.Files.Count);
        Assert.All(fixture.Manifest.Files, f => fixture.ResultFor(f.RelativePath));
    }

    [Fact]
    public void Run_EveryFile_ReadEqualsAcceptedPlusQuarantined()
    {
        Assert.All(fixture.Report.Files, f => Assert.Equal(f.Read, f.Accepted + f.Quarantined));
    }

    [Fact]
    public void Run_EveryQuarantineFile_HoldsOneRowPerQuarantinedRecord()
    {
        foreach (var file in fixture.Report.Files)
        {
            if (file.Quarantined == 0)
            {
                Assert.Null(file.QuarantineParquet);
                continue;
            }

            Assert.Equal(file.Quarantined, LakeQuery.Scalar($"select count(*) from read_parquet('{file.QuarantineParquet}')"));
            Assert.Equal(file.Quarantined, LakeQuery.Scalar($"select count(*) from read_csv('{file.QuarantineCsv}', delim = ';', header = true)"));
        }
    }

    [Fact]
    public void Run_CleanFiles_ReadEveryRowTheGeneratorWrote()
    {
        var defective = fixture.Manifest.Defects.Select(d => d.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in fixture.Manifest.Files.Where(f => !f.IsDefective && f.SourceId != SourceIds.UrssafEtabEffectifs))
        {
            var result = fixture.ResultFor(entry.RelativePath);
            Assert.Equal(entry.SourceId, result.Source);
            Assert.True(entry.Rows == result.Read, $"{entry.RelativePath}: generator wrote {entry.Rows} rows, ingest read {result.Read}");
            if (!defective.Contains(entry.RelativePath))
            {
                Assert.True(result.Status == IngestStatus.Loaded && result.Quarantined == 0,
                    $"{entry.RelativePath}: {result.StatusCode}, {result.Quarantined} quarantined, {string.Join(" | ", result.Issues.Take(3).Select(i => i.Message))}");
            }
        }
    }

    [Fact]
    public void Run_Lake_HoldsExactlyTheAcceptedRowsOfEachSource()
    {
        foreach (var group in fixture.Report.Files.Where(f => f.Status == IngestStatus.Loaded).GroupBy(f => f.Source!))
        {
            Assert.Equal(group.Sum(f => f.Accepted), LakeQuery.CountLake(fixture.Home.LakeDirectory, group.Key));
        }
    }

    [Fact]
    public void Run_EveryPlantedDefect_IsCaughtWithItsReasonAtItsLine()
    {
        Assert.NotEmpty(fixture.Manifest.Defects);
        foreach (var defect in fixture.Manifest.Defects)
        {
            var result = fixture.ResultFor(defect.RelativePath);
            var line = defect.Line ?? defect.Row;
            if (line is null)
            {
                Assert.True(result.Status == IngestStatus.Rejected && result.Reason == defect.ExpectedReason,
                    $"{defect.RelativePath}: expected rejection {defect.ExpectedReason}, got {result.StatusCode} {result.Reason}");
                continue;
            }

            var matches = LakeQuery.Scalar(
                $"select count(*) from read_parquet('{result.QuarantineParquet}') where line = {line} and reason_code = '{defect.ExpectedReason}'");
            Assert.True(matches == 1, $"{defect.RelativePath}: no quarantined row {line} with {defect.ExpectedReason}");
            if (defect.Column is { } column)
            {
                Assert.Contains(result.Issues, i => i.Line == line && i.Code == defect.ExpectedReason && i.Column == column);
            }
        }
    }

    [Fact]
    public void Run_RejectedFiles_LeaveNothingInTheLake()
    {
        foreach (var file in fixture.Report.Files.Where(f => f.Status == IngestStatus.Rejected))
        {
            Assert.Equal(0, file.Accepted);
            Assert.Empty(file.Partitions);
            Assert.NotNull(file.Reason);
            Assert.False(string.IsNullOrWhiteSpace(file.Message));
        }
    }
}
