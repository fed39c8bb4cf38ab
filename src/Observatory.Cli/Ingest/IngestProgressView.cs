using Observatory.Cli.Hosting;
using Observatory.Etl.Jobs;
using Spectre.Console;

namespace Observatory.Cli.Ingest;

/// <summary>
/// Shows ingest progress on stderr: a Spectre.Console progress display (files, rows) when stderr
/// is a terminal and <c>CI</c> is not set, else one plain line per file, so that stdout stays
/// clean for <c>--json</c>.
/// </summary>
internal static class IngestProgressView
{
    public static IngestReport Run(CliConsole console, Func<IIngestObserver, IngestReport> run)
    {
        if (!IsInteractive(console))
        {
            return run(new PlainObserver(console.Error));
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        IngestReport? report = null;
        ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var files = context.AddTask("fichiers");
                var rows = context.AddTask("lignes", maxValue: double.MaxValue);
                rows.IsIndeterminate = true;
                report = run(new SpectreObserver(files, rows));
            });
        return report!;
    }

    private static bool IsInteractive(CliConsole console) =>
        ReferenceEquals(console.Error, Console.Error)
        && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private sealed class PlainObserver(TextWriter error) : IIngestObserver
    {
        public void FileStarted(int index, int count, string path) =>
            error.WriteLine($"[{index + 1}/{count}] {Path.GetFileName(path)}");

        public void RowsRead(long rows)
        {
        }

        public void FileFinished(IngestFileResult result)
        {
            if (result.Message is { } message)
            {
                error.WriteLine($"  {result.StatusCode} : {message}");
            }
        }
    }

    private sealed class SpectreObserver(ProgressTask files, ProgressTask rows) : IIngestObserver
    {
        private long _done;

        public void FileStarted(int index, int count, string path)
        {
            files.MaxValue = count;
            files.Value = index;
            files.Description = $"fichier {index + 1}/{count} : {Markup.Escape(Path.GetFileName(path))}";
        }

        public void RowsRead(long count)
        {
            rows.Description = $"lignes : {_done + count:N0}";
        }

        public void FileFinished(IngestFileResult result)
        {
            _done += result.Read;
            files.Increment(1);
        }
    }
}
