using YamlDotNet.RepresentationModel;

namespace Observatory.Warehouse.Lake;

/// <summary>
/// The lake columns of one source, read from its contract <c>schemas/sources/&lt;id&gt;.yaml</c>:
/// every canonical column with its type, a <c>_status</c> column after each measure (a numeric column
/// neither derived nor part of the key or partitioning), then the lineage columns. The warehouse
/// reads the contract file, not the ETL's classes.
/// </summary>
public sealed record SourceSchema(string Source, IReadOnlyList<SourceColumn> Columns)
{
    /// <summary>Lineage columns the ingest appends to every lake row.</summary>
    public static readonly IReadOnlyList<(string Name, string Type)> LineageColumns =
        [("source_line", "bigint"), ("run_id", "varchar"), ("source_sha256", "varchar"), ("contract_version", "integer")];

    /// <summary>Every lake column in order, with its DuckDB type.</summary>
    public IEnumerable<(string Name, string Type)> LakeColumns()
    {
        foreach (var column in Columns)
        {
            yield return (column.Name, column.DuckDbType);
            if (column.IsMeasure)
            {
                yield return (column.Name + "_status", "varchar");
            }
        }

        foreach (var lineage in LineageColumns)
        {
            yield return lineage;
        }
    }

    /// <summary>The schemas of every contract in <c>schemas/sources</c>, ordered by id.</summary>
    public static IReadOnlyList<SourceSchema> LoadAll(string schemasDirectory) =>
        [.. Directory.EnumerateFiles(Path.Combine(schemasDirectory, "sources"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(Load)];

    public static SourceSchema Load(string contractFile)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(contractFile))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var id = Scalar(root, "id") ?? Path.GetFileNameWithoutExtension(contractFile);
        var structural = new HashSet<string>(Sequence(root, "key").Concat(Sequence(root, "partitioning")), StringComparer.Ordinal);
        var columns = new List<SourceColumn>();
        if (root.Children.TryGetValue(new YamlScalarNode("columns"), out var node) && node is YamlSequenceNode list)
        {
            foreach (var item in list.Children.OfType<YamlMappingNode>())
            {
                var name = Scalar(item, "name") ?? throw new InvalidDataException($"{contractFile}: a column has no name.");
                var type = Scalar(item, "type") ?? "text";
                var derived = Scalar(item, "derive") is not null;
                var numeric = type is "int" or "decimal";
                columns.Add(new SourceColumn(name, DuckDbType(type), numeric && !derived && !structural.Contains(name)));
            }
        }

        return new SourceSchema(id, columns);
    }

    private static string DuckDbType(string contractType) => contractType switch
    {
        "int" => "bigint",
        "decimal" => "decimal(18,6)",
        "date" => "date",
        _ => "varchar",
    };

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    private static IEnumerable<string> Sequence(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode s
            ? s.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? string.Empty)
            : [];
}
