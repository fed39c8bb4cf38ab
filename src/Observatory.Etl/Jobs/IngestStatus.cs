namespace Observatory.Etl.Jobs;

/// <summary>What happened to one input file.</summary>
public enum IngestStatus
{
    /// <summary>Accepted rows were written to the lake (rejected rows, if any, to the quarantine).</summary>
    Loaded,

    /// <summary>The same bytes were already loaded under the same contract version; nothing changed.</summary>
    Unchanged,

    /// <summary>The file could not be read, was not recognised, or exceeded its reject rate: nothing reached the lake.</summary>
    Rejected,
}
