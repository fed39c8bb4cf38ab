using System.Text.RegularExpressions;

namespace Observatory.Etl.Recovery;

/// <summary>
/// Deletes the raw copies (<c>raw/&lt;sha[0..2]&gt;/&lt;sha256&gt;&lt;ext&gt;</c>) that neither a lake registry nor a
/// run manifest names: the file a killed run was landing or loading when it died. Only names of the raw
/// store's own form are considered; emptied two-letter folders are removed.
/// </summary>
internal static partial class UnreferencedRawCopies
{
    public static int Remove(string rawDirectory, IReadOnlySet<string> referenced)
    {
        if (!Directory.Exists(rawDirectory))
        {
            return 0;
        }

        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(rawDirectory).Where(d => PrefixFolder().IsMatch(Path.GetFileName(d))).ToList())
        {
            foreach (var file in Directory.EnumerateFiles(folder).ToList())
            {
                var match = RawName().Match(Path.GetFileName(file));
                if (match.Success && !referenced.Contains(match.Groups[1].Value))
                {
                    File.Delete(file);
                    removed++;
                }
            }

            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        return removed;
    }

    [GeneratedRegex("^[0-9a-f]{2}$")]
    private static partial Regex PrefixFolder();

    [GeneratedRegex("^([0-9a-f]{64})(\\.[A-Za-z0-9]+)?$")]
    private static partial Regex RawName();
}
