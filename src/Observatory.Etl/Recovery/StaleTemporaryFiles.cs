namespace Observatory.Etl.Recovery;

/// <summary>
/// Deletes the temporary files an atomic write (<c>LakeCommitter.WriteAtomically</c>: write <c>X.tmp</c>, rename to
/// <c>X</c>) leaves when killed between the two: <c>runs/*.json.tmp</c> (manifests) and
/// <c>lake/*/_loads.json.tmp</c> (registries). Call it holding the writer lock.
/// </summary>
internal static class StaleTemporaryFiles
{
    public static int Remove(string runsDirectory, string lakeDirectory)
    {
        var stale = new List<string>();
        if (Directory.Exists(runsDirectory))
        {
            stale.AddRange(Directory.EnumerateFiles(runsDirectory, "*.json.tmp"));
        }

        if (Directory.Exists(lakeDirectory))
        {
            stale.AddRange(Directory.EnumerateDirectories(lakeDirectory)
                .Select(d => Path.Combine(d, Loading.LakeRegistry.FileName + ".tmp"))
                .Where(File.Exists));
        }

        foreach (var file in stale)
        {
            File.Delete(file);
        }

        return stale.Count;
    }
}
