using System.Diagnostics;

namespace Observatory.GraphQL.Validation.Tests.Conformance;

/// <summary>Runs <c>node</c> scripts for the differential tests; knows whether node is installed at all.</summary>
internal static class NodeTool
{
    private static readonly Lazy<bool> Available = new(Probe);

    public static bool IsAvailable => Available.Value;

    /// <summary>Runs node with <paramref name="arguments"/>; returns stdout, or throws with stderr on a non-zero exit.</summary>
    public static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout;
    }

    private static bool Probe()
    {
        try
        {
            Run("--version");
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A fact that is skipped, with the reason, when node is not on the PATH (CI always has it).</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!NodeTool.IsAvailable)
        {
            Skip = "node is not installed: the graphql-js differential test needs node 20 and `bash eng/fetch-node-tools.sh`.";
        }
    }
}
