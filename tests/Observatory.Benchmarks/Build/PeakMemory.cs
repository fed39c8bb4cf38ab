using System.Globalization;

namespace Observatory.Benchmarks.Build;

/// <summary>The process's peak resident set (Linux <c>VmHWM</c>), resettable through <c>/proc/self/clear_refs</c>.</summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"could not reset the peak memory counter ({ex.Message}); the peak includes data generation");
        }
    }

    public static double ReadMiB()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kib / 1024.0;
                }
            }
        }

        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }
}
