using System.Diagnostics;

namespace Observatory.Benchmarks;

/// <summary>Runs a node script with the pinned reference tools of <c>eng/node</c> (installed by the build).</summary>
internal static class NodeTool
{
    public static string Run(string script, params string[] args)
    {
        var startInfo = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        startInfo.Environment["OBSERVATORY_NODE_MODULES"] = Path.Combine(RepoRoot(), "eng", "node", "node_modules");
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0
            ? stdout.GetAwaiter().GetResult()
            : throw new InvalidOperationException($"node {script} failed ({process.ExitCode}):\n{stderr.GetAwaiter().GetResult()}");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Observatory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Observatory.sln not found above " + AppContext.BaseDirectory);
    }
}
