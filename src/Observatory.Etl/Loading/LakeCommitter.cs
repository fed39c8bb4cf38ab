using Observatory.Core.Home;

namespace Observatory.Etl.Loading;

/// <summary>
/// Moves staged Parquet into the lake through a <see cref="LakeCommit"/> journal, and at the start
/// of every run finishes or discards what a killed run left in <c>&lt;home&gt;/.ingest-tmp/</c>:
/// a written journal is applied (roll forward); staging without a journal is deleted (the lake
/// never saw it).
/// </summary>
public static class LakeCommitter
{
    public const string PartitionFileName = "data.parquet";
    private const string JournalSuffix = ".commit.json";

    public static string TempRoot(DataHome home) => Path.Combine(home.Root, ".ingest-tmp");

    /// <summary>Applies pending journals, then deletes every stale staging directory. Returns the journals applied.</summary>
    public static int Recover(DataHome home)
    {
        var root = TempRoot(home);
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var applied = 0;
        foreach (var journal in Directory.EnumerateFiles(root, "*" + JournalSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Apply(LakeCommit.Deserialize(File.ReadAllText(journal)));
            File.Delete(journal);
            applied++;
        }

        Directory.Delete(root, recursive: true);
        return applied;
    }

    /// <summary>Writes the journal, applies it, then removes it.</summary>
    public static void Commit(string journalDirectory, string name, LakeCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        Directory.CreateDirectory(journalDirectory);
        var journal = Path.Combine(journalDirectory, name + JournalSuffix);
        WriteAtomically(journal, commit.Serialize());
        Apply(commit);
        File.Delete(journal);
    }

    public static void WriteAtomically(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    private static void Apply(LakeCommit commit)
    {
        foreach (var move in commit.Moves)
        {
            if (File.Exists(move.From))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(move.To)!);
                File.Move(move.From, move.To, overwrite: true);
                Testing.PausePoint.Reach("lake-commit");
            }
        }

        foreach (var file in commit.Deletes)
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }

            RemoveEmptyParents(Path.GetDirectoryName(file)!, Path.GetDirectoryName(commit.RegistryPath)!);
        }

        WriteAtomically(commit.RegistryPath, commit.RegistryJson);
    }

    private static void RemoveEmptyParents(string directory, string stopAt)
    {
        var stop = Path.GetFullPath(stopAt);
        for (var dir = new DirectoryInfo(directory); dir is not null && dir.Exists && dir.FullName.Length > stop.Length; dir = dir.Parent)
        {
            if (dir.EnumerateFileSystemInfos().Any())
            {
                return;
            }

            dir.Delete();
        }
    }
}
