using Observatory.Cli.Hosting;

namespace Observatory.Cli.Tests;

/// <summary>Runs the <c>observatory</c> command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static CliOutcome Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(output, error));
        return new CliOutcome(code, output.ToString(), error.ToString());
    }
}

internal sealed record CliOutcome(int ExitCode, string Output, string Error);
