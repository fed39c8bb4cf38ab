namespace Observatory.Etl.Recovery;

/// <summary>What an ingest found and cleaned, under the writer lock, before its own first file.</summary>
public sealed record RecoveryReport
{
    /// <summary>Killed runs, now marked <c>interrupted</c> in their manifests.</summary>
    public IReadOnlyList<InterruptedRun> InterruptedRuns { get; init; } = [];

    /// <summary>Lake commit journals a killed run had written, applied (rolled forward).</summary>
    public int JournalsApplied { get; init; }

    /// <summary>True when <c>.ingest-tmp/</c> (staging Parquet, journals) was left and removed.</summary>
    public bool TemporaryFolderRemoved { get; init; }

    /// <summary>Temporary files of a manifest or registry write cut short (<c>runs/*.json.tmp</c>, <c>lake/*/_loads.json.tmp</c>).</summary>
    public int TemporaryFilesRemoved { get; init; }

    /// <summary>Temporary raw copies (<c>raw/.landing-*.tmp</c>) of a landing cut short.</summary>
    public int UnfinishedLandingsRemoved { get; init; }

    /// <summary>Raw copies that no lake registry and no run manifest names.</summary>
    public int RawCopiesRemoved { get; init; }

    /// <summary>Quarantine files of an interrupted run that none of its finished files names.</summary>
    public int QuarantineFilesRemoved { get; init; }

    /// <summary>Why unreferenced raw copies were not looked for (a manifest or registry unreadable), in French; else null.</summary>
    public string? RawCleanupSkipped { get; init; }

    public bool IsEmpty => InterruptedRuns.Count == 0 && JournalsApplied == 0 && !TemporaryFolderRemoved && TemporaryFilesRemoved == 0
        && UnfinishedLandingsRemoved == 0 && RawCopiesRemoved == 0 && QuarantineFilesRemoved == 0 && RawCleanupSkipped is null;
}
