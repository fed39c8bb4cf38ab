namespace Observatory.Etl.Jobs;

/// <summary>Receives the progress of an ingest run (the CLI draws it); every method may be called from the ingest thread only.</summary>
public interface IIngestObserver
{
    void FileStarted(int index, int count, string path);

    /// <summary>Rows read so far in the current file.</summary>
    void RowsRead(long rows);

    void FileFinished(IngestFileResult result);

    /// <summary>A stage of the current file is done (landing, shape check, bulk read, row pass, lake write…), with its duration; for profiling.</summary>
    void StageFinished(string stage, TimeSpan elapsed)
    {
    }
}
