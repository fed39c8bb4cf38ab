using Spectre.Console;

namespace Observatory.Cli.Hosting;

/// <summary>
/// Progress of long work on stderr: a Spectre.Console progress bar on an interactive terminal,
/// otherwise (redirected output, <c>CI=true</c>, tests) a plain line at each quarter, so logs
/// stay readable and stdout stays clean for machine-readable output.
/// </summary>
internal sealed class ProgressDisplay
{
    private readonly CliConsole _console;

    public ProgressDisplay(CliConsole console) => _console = console;

    private bool Interactive =>
        ReferenceEquals(_console.Error, Console.Error)
        && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs <paramref name="work"/>, which reports (done, total, current item).</summary>
    public T Run<T>(string title, Func<IProgress<(int Done, int Total, string Item)>, T> work)
    {
        if (!Interactive)
        {
            var lastQuarter = -1;
            var plain = new SynchronousProgress(update =>
            {
                var quarter = update.Total == 0 ? 4 : update.Done * 4 / update.Total;
                if (quarter != lastQuarter)
                {
                    lastQuarter = quarter;
                    _console.Error.WriteLine($"{title} : {update.Done}/{update.Total}");
                }
            });
            return work(plain);
        }

        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        stderr.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(title);
                result = work(new SynchronousProgress(update =>
                {
                    task.MaxValue = Math.Max(1, update.Total);
                    task.Value = update.Done;
                    task.Description = $"{title} [grey]{Markup.Escape(update.Item)}[/]";
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread, in order.</summary>
    private sealed class SynchronousProgress(Action<(int Done, int Total, string Item)> report) : IProgress<(int Done, int Total, string Item)>
    {
        public void Report((int Done, int Total, string Item) value) => report(value);
    }
}
