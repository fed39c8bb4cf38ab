using System.Collections.Concurrent;
using System.Diagnostics;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>
/// Runs inputs <c>0 … count-1</c> on worker threads with a 1 MB stack (smaller than the thread pool's, so a
/// recursion the limits fail to bound shows up), watched for hangs: an input running longer than the per-input
/// timeout ends the run with that input as the finding.
/// </summary>
public sealed class FuzzRun(int seed, int count, int workers, TimeSpan perInputTimeout)
{
    private const int MaxReportedFindings = 5;

    private readonly ConcurrentQueue<string> _findings = new();
    private readonly int[] _outcomes = new int[Enum.GetValues<FuzzOutcome>().Length];
    private int _completed;

    public IReadOnlyCollection<string> Findings => _findings;

    public int Completed => _completed;

    public int Count(FuzzOutcome outcome) => _outcomes[(int)outcome];

    public TimeSpan Execute()
    {
        var watch = Stopwatch.StartNew();
        var current = new long[workers];
        var startedAt = new long[workers];
        var threads = Enumerable.Range(0, workers).Select(w => new Thread(() => Work(w, current, startedAt), 1024 * 1024) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        while (threads.Any(t => t.IsAlive))
        {
            Thread.Sleep(100);
            for (var w = 0; w < workers; w++)
            {
                var index = Volatile.Read(ref current[w]);
                var started = Volatile.Read(ref startedAt[w]);
                if (index >= 0 && started > 0 && Stopwatch.GetElapsedTime(started) > perInputTimeout)
                {
                    Report((int)index, $"hang: still running after {perInputTimeout.TotalSeconds} s");
                    return watch.Elapsed; // the stuck worker is a background thread; the run ends here
                }
            }
        }

        return watch.Elapsed;
    }

    private void Work(int worker, long[] current, long[] startedAt)
    {
        for (var index = worker; index < count && _findings.Count < MaxReportedFindings; index += workers)
        {
            Volatile.Write(ref current[worker], index);
            Volatile.Write(ref startedAt[worker], Stopwatch.GetTimestamp());
            try
            {
                var input = FuzzInputs.Create(seed, index);
                var outcome = FuzzTarget.Run(input.Text, input.Variables, perInputTimeout / 2);
                Interlocked.Increment(ref _outcomes[(int)outcome]);
            }
#pragma warning disable CA1031 // the fuzzer's job is to catch and report every exception type
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Report(index, exception.ToString());
            }

            Interlocked.Increment(ref _completed);
        }

        Volatile.Write(ref current[worker], -1);
    }

    private void Report(int index, string what)
    {
        var input = FuzzInputs.Create(seed, index);
        var shown = input.Text.Length > 4000 ? input.Text[..4000] + $"… ({input.Text.Length} chars)" : input.Text;
        _findings.Enqueue($"input #{index} (seed {seed}): {what}\n--- document ---\n{shown}\n--- variables ---\n{input.Variables?.GetRawText() ?? "null"}");
    }
}
