namespace Observatory.Etl.Jobs;

/// <summary>
/// The <c>state</c> of a run manifest <c>runs/&lt;run&gt;.json</c>: written <see cref="Running"/> before the
/// run's first file can reach the lake, rewritten <see cref="Completed"/> at its end; a manifest still
/// <see cref="Running"/> when the next ingest takes the writer lock belongs to a killed run, which that
/// ingest rewrites <see cref="Interrupted"/> with the files it did load. A manifest without a state
/// (written before states existed) is a completed run.
/// </summary>
public static class RunState
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Interrupted = "interrupted";
}
