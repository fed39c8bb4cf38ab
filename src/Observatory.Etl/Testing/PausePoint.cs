using System.Globalization;

namespace Observatory.Etl.Testing;

/// <summary>
/// A hook for the kill tests only: with <c>OBSERVATORY_TEST_PAUSE_AT=&lt;point&gt;[:&lt;n&gt;]</c> and
/// <c>OBSERVATORY_TEST_PAUSE_FILE=&lt;path&gt;</c> set, the ingest writes the point's name to that file
/// the <c>n</c>-th time (default 1) it reaches the named point, then waits forever, so that a test can
/// <c>kill -9</c> it exactly there. Without both variables it does nothing. Points: <c>landing</c>
/// (a raw copy written, not yet renamed), <c>lake-staged</c> (a file's Parquet staged, no journal yet),
/// <c>lake-commit</c> (the journal written and the first partition moved, registry not yet written),
/// <c>file-committed</c> (a file visible in the lake, its result not yet logged in the run),
/// <c>run-end</c> (every file done, the manifest not yet completed).
/// </summary>
public static class PausePoint
{
    public const string PointVariable = "OBSERVATORY_TEST_PAUSE_AT";
    public const string FileVariable = "OBSERVATORY_TEST_PAUSE_FILE";

    private static readonly (string Name, int Occurrence)? Target = ReadTarget();
    private static int _reached;

    /// <summary>Waits forever when <paramref name="name"/> is the configured point and this is its configured occurrence.</summary>
    public static void Reach(string name)
    {
        if (Target is not { } target || !string.Equals(target.Name, name, StringComparison.Ordinal)
            || Interlocked.Increment(ref _reached) != target.Occurrence)
        {
            return;
        }

        var signal = Environment.GetEnvironmentVariable(FileVariable)!;
        File.WriteAllText(signal + ".tmp", name);
        File.Move(signal + ".tmp", signal); // the test sees the whole name or no file

        Thread.Sleep(Timeout.Infinite);
    }

    private static (string, int)? ReadTarget()
    {
        var point = Environment.GetEnvironmentVariable(PointVariable);
        if (string.IsNullOrWhiteSpace(point) || string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(FileVariable)))
        {
            return null;
        }

        var parts = point.Split(':', 2);
        var occurrence = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
        return (parts[0], occurrence);
    }
}
