using System.Diagnostics;

namespace Observatory.Warehouse.Status;

/// <summary>Whether the process that wrote a <c>running</c> manifest still exists (a killed ingest's does not).</summary>
internal static class RunLiveness
{
    /// <summary>True when <paramref name="pid"/> names a live process; a manifest without a pid is taken as live.</summary>
    public static bool IsAlive(int? pid)
    {
        if (pid is not { } id)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
