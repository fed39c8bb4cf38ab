using System.Runtime.InteropServices;

namespace Observatory.Core.Home;

/// <summary>
/// The data home holds what must not be published: the raw employer survey (establishment names, FINESS numbers),
/// quarantined rows, builds with their pre-disclosure tables, analysts' exports. On Unix the process creates every file
/// for its owner only (umask 077: directories 0700, files 0600, DuckDB's and Parquet's included), and a home readable by
/// others is reported.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OpenToOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Makes every file and directory this process creates private to its owner (no-op on Windows).</summary>
    public static void Apply()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = SetUmask(Convert.ToUInt32("077", 8));
        }
    }

    /// <summary>A French warning when <paramref name="root"/> exists and others may read or enter it; else null.</summary>
    public static string? WarningFor(string root)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(root))
        {
            return null;
        }

        var mode = File.GetUnixFileMode(root);
        return (mode & OpenToOthers) == 0
            ? null
            : $"Attention : le dossier de données {root} est lisible par d'autres utilisateurs (droits {Octal(mode)}) ; il contient des "
                + $"données non diffusables (enquête brute, quarantaine, tables avant secret). Restreignez-le : chmod -R go-rwx \"{root}\".";
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');

    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint SetUmask(uint mask);
}
