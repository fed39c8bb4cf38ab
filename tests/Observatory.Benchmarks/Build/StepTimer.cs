using System.Diagnostics;
using Observatory.Warehouse.Build;

namespace Observatory.Benchmarks.Build;

/// <summary>Times the steps of a build from its observer events, and sums the models' own timings.</summary>
internal sealed class StepTimer : IBuildObserver
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Dictionary<string, double> _steps = new(StringComparer.Ordinal);
    private string? _current;
    private double _currentStart;
    private string _slowest = "-";
    private double _slowestSeconds;

    public double ModelSeconds { get; private set; }

    public string Slowest => FormattableString.Invariant($"{_slowest} {_slowestSeconds:F1} s");

    public double Step(string name) => _steps.GetValueOrDefault(name);

    /// <summary>Sum of the timed steps.</summary>
    public double Total => _steps.Values.Sum();

    public void StepStarted(string step)
    {
        Finish();
        _current = step;
        _currentStart = _watch.Elapsed.TotalSeconds;
    }

    public void ModelStarted(string model, int index, int total)
    {
    }

    public void ModelFinished(string model, TimeSpan elapsed)
    {
        ModelSeconds += elapsed.TotalSeconds;
        if (elapsed.TotalSeconds > _slowestSeconds)
        {
            _slowestSeconds = elapsed.TotalSeconds;
            _slowest = model;
        }
    }

    public void TestsFinished(int run, int failed) => Finish();

    /// <summary>Closes the running step (at the next step, the end of the tests, or the end of the build).</summary>
    public void Finish()
    {
        if (_current is not null)
        {
            _steps[_current] = _steps.GetValueOrDefault(_current) + (_watch.Elapsed.TotalSeconds - _currentStart);
            _current = null;
        }
    }
}
