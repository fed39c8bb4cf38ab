using Observatory.Core.Utility;
using Observatory.Etl.Contracts.Internal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Observatory.Etl.Contracts;

/// <summary>
/// All source contracts of <c>&lt;schemasDir&gt;/sources/*.yaml</c>. Loading is strict: a YAML
/// syntax error, an unknown key, a bad value or an inconsistency throws a
/// <see cref="ContractException"/> whose message starts with <c>file:line:</c>.
/// </summary>
public sealed class ContractCatalog
{
    private readonly Dictionary<string, SourceContract> _byId;

    public ContractCatalog(IEnumerable<SourceContract> contracts)
    {
        Guard.NotNull(contracts);
        Contracts = [.. contracts.OrderBy(c => c.Id, StringComparer.Ordinal)];
        _byId = Contracts.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<SourceContract> Contracts { get; }

    public SourceContract this[string id] =>
        _byId.TryGetValue(id, out var c) ? c : throw new KeyNotFoundException($"No source contract '{id}'.");

    public SourceContract? Find(string id) => _byId.GetValueOrDefault(id);

    public static ContractCatalog Load(string schemasDir)
    {
        Guard.NotNullOrWhiteSpace(schemasDir);
        var dir = Path.Combine(schemasDir, "sources");
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"Contract directory '{dir}' does not exist.");
        }

        var files = Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal);
        return new ContractCatalog(files.Select(LoadFile));
    }

    /// <summary>Loads and validates one contract file; its id must equal the file name.</summary>
    public static SourceContract LoadFile(string path)
    {
        Guard.NotNullOrWhiteSpace(path);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ContractException(path, checked((int)e.Start.Line), $"invalid YAML: {e.Message}", e);
        }

        if (stream.Documents.Count != 1)
        {
            throw new ContractException(path, 1, "expected exactly one YAML document");
        }

        var contract = ContractReader.Read(path, new Internal.YamlNode(path, stream.Documents[0].RootNode));
        ContractValidator.Validate(contract, Path.GetFileNameWithoutExtension(path));
        return contract;
    }
}
