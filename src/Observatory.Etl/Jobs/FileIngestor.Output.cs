using System.Globalization;
using Observatory.Etl.Loading;

namespace Observatory.Etl.Jobs;

internal sealed partial class FileIngestor
{
    /// <summary>Stages the accepted rows as Parquet and swaps them into the lake, replacing the partitions of the same scope.</summary>
    private IReadOnlyList<string> CommitToLake(DetectedFile file, PassCounts counts)
    {
        var contract = file.Contract;
        var name = contract.Id + "__" + _sha256[..8];
        var staging = Path.Combine(session.StagingRoot, name);
        var lakeDirectory = Path.Combine(session.Home.LakeDirectory, contract.Id);
        var staged = counts.Accepted > 0
            ? LakeWriter.Write(session.Connection, contract, staging, session.RunId, _sha256, _bulkEnumTypes)
            : [];
        Testing.PausePoint.Reach("lake-staged");

        var scope = ScopeOf(file);
        var registry = LakeRegistry.Read(session.Home.LakeDirectory, contract.Id);
        registry.Source = contract.Id;
        var partitions = staged.Select(s => s.Partition).ToList();
        var superseded = registry.Superseded(scope, partitions);
        foreach (var partition in superseded)
        {
            registry.Partitions.Remove(partition);
        }

        foreach (var partition in partitions)
        {
            registry.Partitions[partition] = new PartitionOwner(_sha256, session.RunId, scope);
        }

        registry.Loads.Add(new LoadRecord(_sha256, session.RunId, path, scope, contract.ContractVersion,
            counts.Read, counts.Accepted, counts.Quarantined, partitions));

        var commit = new LakeCommit
        {
            Source = contract.Id,
            Moves = [.. staged.Select(s => new StagedMove(s.File, PartitionFile(lakeDirectory, s.Partition)))],
            Deletes = [.. superseded.Select(p => PartitionFile(lakeDirectory, p))],
            RegistryPath = LakeRegistry.PathFor(session.Home.LakeDirectory, contract.Id),
            RegistryJson = registry.Serialize(),
        };
        LakeCommitter.Commit(session.StagingRoot, name, commit);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        return partitions;
    }

    /// <summary>Writes <c>quarantine/&lt;run&gt;/&lt;source&gt;__&lt;sha8&gt;.parquet</c> and <c>.csv</c> from <c>quarantine_rows</c>.</summary>
    private (string Parquet, string Csv) WriteQuarantine(string source)
    {
        Directory.CreateDirectory(session.QuarantineDirectory);
        var stem = Path.Combine(session.QuarantineDirectory, source + "__" + _sha256[..8]);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["run_id"] = SqlScripts.Literal(session.RunId),
            ["source_sha256"] = SqlScripts.Literal(_sha256),
            ["target"] = SqlScripts.Literal(stem + ".parquet"),
        };
        session.Connection.Execute(SqlScripts.Render("copy_quarantine_parquet", values));
        values["target"] = SqlScripts.Literal(stem + ".csv");
        session.Connection.Execute(SqlScripts.Render("copy_quarantine_csv", values));
        return (stem + ".parquet", stem + ".csv");
    }

    /// <summary>What a file replaces when loaded again: its vintage and the department in its name.</summary>
    private static string ScopeOf(DetectedFile file) =>
        string.Create(CultureInfo.InvariantCulture, $"vintage={file.Vintage?.ToString(CultureInfo.InvariantCulture) ?? "-"};dep={file.FileDepartment ?? "-"}");

    private static string PartitionFile(string lakeDirectory, string partition) =>
        Path.GetFullPath(Path.Combine(lakeDirectory, partition, LakeCommitter.PartitionFileName));
}
