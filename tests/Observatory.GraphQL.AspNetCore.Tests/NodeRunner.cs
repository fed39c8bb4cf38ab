using System.Diagnostics;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>Runs a node script against the pinned reference tools of <c>eng/node</c>.</summary>
internal static class NodeRunner
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Observatory.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Observatory.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static async Task<string> RunAsync(string script, params string[] args)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        startInfo.Environment["OBSERVATORY_NODE_MODULES"] = Path.Combine(RepoRoot, "eng", "node", "node_modules");
        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}:\n{await stderr}");
        }

        return await stdout;
    }
}
