using System.Diagnostics;

namespace Observatory.Reporting.Pdf;

/// <summary>Runs an external program with arguments, capturing its output, with a time limit.</summary>
internal static class ExternalProcess
{
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
