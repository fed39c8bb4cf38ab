using System.Globalization;
using Observatory.Etl.Loading;
using Observatory.Etl.Reading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

/// <summary>
/// Ingests one file: lands it in <c>raw/</c>, detects its source, skips it when already loaded,
/// validates every record (accepted → <c>lake_rows</c>, rejected → <c>quarantine_rows</c>),
/// rejects the whole file past the contract's reject rate, then writes the quarantine and
/// commits the partitions. Every record read is either accepted or quarantined.
/// </summary>
internal sealed partial class FileIngestor(IngestSession session, string path)
{
    private readonly IssueCollector _issues = new(path, session.MaxIssues);
    private readonly System.Diagnostics.Stopwatch _stage = System.Diagnostics.Stopwatch.StartNew();
    private string _sha256 = string.Empty;

    public IngestFileResult Ingest()
    {
        // Landing (hash and copy) runs while the file is detected and, for a plain CSV, scanned.
        var landing = Task.Run(() => RawStore().Land(path));
        DetectionResult detection;
        try
        {
            detection = session.Detector.Detect(path, session.ForcedSource);
            _preScan = detection.File is { } detected ? StartPreScan(detected) : null;
        }
        catch
        {
            landing.ContinueWith(static t => t.Exception, TaskScheduler.Default).Wait();
            throw;
        }

        try
        {
            _sha256 = landing.GetAwaiter().GetResult().Sha256;
        }
        catch
        {
            DropPreScan();
            throw;
        }

        Stage("land + detect");
        if (detection.File is not { } file)
        {
            _issues.Add(new IngestIssue(path, null, null, null, null, detection.FailureCode!, "error", detection.FailureMessage!));
            return Rejected(detection.SourceHint, null, detection.FailureCode!, detection.FailureMessage!, new PassCounts());
        }

        var contract = file.Contract;
        var vintage = file.Vintage?.ToString(CultureInfo.InvariantCulture);
        if (LakeRegistry.Read(session.Home.LakeDirectory, contract.Id).IsCurrent(_sha256, contract.ContractVersion))
        {
            DropPreScan();
            return new IngestFileResult { Path = path, Source = contract.Id, Vintage = vintage, Sha256 = _sha256, Status = IngestStatus.Unchanged };
        }

        var layout = new ColumnLayout(contract);
        if (file.HasWrongDelimiter)
        {
            var message = EtlMessages.Format(EtlMessages.WrongDelimiter, contract.Id, Show(contract.Delimiter ?? ';'), Show(file.ActualDelimiter!.Value));
            return RejectFile(file, EtlIssueCodes.WrongDelimiter, message, null);
        }

        PassCounts counts;
        try
        {
            counts = TryRunBulkPass(file, layout) ?? RunPass(file, layout, rejectAll: null);
            Stage(_bulkObjects ? "bulk: flagged rows" : "row pass");
        }
        catch (SourceFileException ex)
        {
            return RejectFile(file, ex.Code, EtlMessages.ForReadFailure(ex.Code, ex.Message, ex.Line), ex.Line);
        }

        if (counts.Read == 0)
        {
            _issues.Add(new IngestIssue(path, file.Sheet, null, null, null, EtlIssueCodes.HeaderOnly, "error", EtlMessages.HeaderOnly));
            return Rejected(contract.Id, vintage, EtlIssueCodes.HeaderOnly, EtlMessages.HeaderOnly, counts);
        }

        var rate = (double)counts.Quarantined / counts.Read;
        if (rate > contract.MaxRejectRate)
        {
            var message = EtlMessages.Format(EtlMessages.FileRejected, counts.Quarantined, counts.Read, rate, contract.MaxRejectRate);
            var all = RunPass(file, layout, new RejectAll(EtlIssueCodes.FileRejected, message));
            var (parquet, csv) = WriteQuarantine(contract.Id);
            return Rejected(contract.Id, vintage, EtlIssueCodes.FileRejected, message, all) with { QuarantineParquet = parquet, QuarantineCsv = csv };
        }

        // The quarantine is written first: once the lake shows the file, its quarantine is complete.
        var (qParquet, qCsv) = counts.Quarantined > 0 ? WriteQuarantine(contract.Id) : (null, null);
        Stage("quarantine write");
        var partitions = CommitToLake(file, counts);
        EndBulk();
        Stage("lake write");
        Testing.PausePoint.Reach("file-committed");
        return new IngestFileResult
        {
            Path = path,
            Source = contract.Id,
            Vintage = vintage,
            Sha256 = _sha256,
            Read = counts.Read,
            Accepted = counts.Accepted,
            Quarantined = counts.Quarantined,
            Status = IngestStatus.Loaded,
            Issues = _issues.Issues,
            IssueCounts = _issues.CountsByCode,
            QuarantineParquet = qParquet,
            QuarantineCsv = qCsv,
            Partitions = partitions,
        };
    }

    /// <summary>A file-level failure once the source is known: every record it holds goes to the quarantine with that reason.</summary>
    private IngestFileResult RejectFile(DetectedFile file, string code, string message, int? line)
    {
        _issues.Add(new IngestIssue(path, file.Sheet, line, null, null, code, "error", message));
        var reject = new RejectAll(code, message);
        var counts = file.Contract.Format == Contracts.SourceFormat.Xlsx
            ? RunPassUntilFailure(file, reject)
            : QuarantineLines(file, reject);
        var (parquet, csv) = counts.Quarantined > 0 ? WriteQuarantine(file.Contract.Id) : (null, null);
        return Rejected(file.Contract.Id, file.Vintage?.ToString(CultureInfo.InvariantCulture), code, message, counts)
            with { QuarantineParquet = parquet, QuarantineCsv = csv };
    }

    private IngestFileResult Rejected(string? source, string? vintage, string code, string message, PassCounts counts) => new()
    {
        Path = path,
        Source = source,
        Vintage = vintage,
        Sha256 = _sha256,
        Read = counts.Read,
        Accepted = 0,
        Quarantined = counts.Quarantined,
        Status = IngestStatus.Rejected,
        Reason = code,
        Message = message,
        Issues = _issues.Issues,
        IssueCounts = _issues.CountsByCode,
    };

    private Landing.RawStore RawStore() => session.Raw;

    /// <summary>Reports the time since the previous stage to the observer.</summary>
    private void Stage(string name)
    {
        session.Observer?.StageFinished(name, _stage.Elapsed);
        _stage.Restart();
    }

    private static string Show(char delimiter) => delimiter == '\t' ? "tabulation" : delimiter.ToString();

    /// <summary>Rows read, accepted and quarantined by one pass.</summary>
    private sealed record PassCounts(long Read = 0, long Accepted = 0, long Quarantined = 0);

    /// <summary>Second-pass mode: every record is quarantined, valid ones with this reason.</summary>
    private sealed record RejectAll(string Code, string Message);
}
