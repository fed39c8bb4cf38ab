using System.Globalization;
using Observatory.Etl.Jobs;

namespace Observatory.Benchmarks.Ingest;

/// <summary>Collects the ingest's stage durations (landing, shape check, bulk read, lake write…) and prints them.</summary>
internal sealed class StageProfile : IIngestObserver
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public void FileStarted(int index, int count, string path)
    {
    }

    public void RowsRead(long rows)
    {
    }

    public void FileFinished(IngestFileResult result)
    {
    }

    public void StageFinished(string stage, TimeSpan elapsed) => _stages.Add((stage, elapsed));

    public void Print()
    {
        foreach (var (stage, elapsed) in _stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-24} {elapsed.TotalSeconds,8:F2} s"));
        }
    }
}
