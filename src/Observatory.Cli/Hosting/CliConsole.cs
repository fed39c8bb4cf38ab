namespace Observatory.Cli.Hosting;

/// <summary>Where commands write: the process streams, or buffers in tests.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public static CliConsole System => new(Console.Out, Console.Error);
}
