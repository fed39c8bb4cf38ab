using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Observatory.Etl.Contracts.Internal;

/// <summary>
/// A located view of a YAML node for strict, hand-written mapping: every accessor throws a
/// <see cref="ContractException"/> naming the file and the node's line, and a mapping rejects
/// keys its reader did not consume (<see cref="EnsureAllRead"/>), so typos cannot pass silently.
/// </summary>
internal sealed class YamlNode
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlNode(string path, YamlDotNet.RepresentationModel.YamlNode node)
    {
        Path = path;
        Node = node;
    }

    public string Path { get; }

    public YamlDotNet.RepresentationModel.YamlNode Node { get; }

    public int Line => checked((int)Node.Start.Line);

    public ContractException Error(string message) => new(Path, Line, message);

    public YamlNode? Optional(string key)
    {
        var map = Node as YamlMappingNode ?? throw Error("expected a mapping");
        _read.Add(key);
        return map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? new YamlNode(Path, child) : null;
    }

    public YamlNode Required(string key) => Optional(key) ?? throw Error($"missing required key '{key}'");

    public string Scalar()
    {
        return Node is YamlScalarNode { Value: { } value } scalar && !IsNull(scalar)
            ? value
            : throw Error("expected a text value");
    }

    public string RequiredString(string key) => Required(key).Scalar();

    public string? OptionalString(string key) => Optional(key)?.Scalar();

    public int RequiredInt(string key) => Required(key).Int();

    public int? OptionalInt(string key) => Optional(key)?.Int();

    public int Int()
    {
        var text = Scalar();
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{text}' is not an integer");
    }

    public double Double()
    {
        var text = Scalar();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{text}' is not a number");
    }

    public bool Bool()
    {
        return Scalar() switch
        {
            "true" => true,
            "false" => false,
            var other => throw Error($"'{other}' is not true or false"),
        };
    }

    public bool OptionalBool(string key, bool fallback) => Optional(key)?.Bool() ?? fallback;

    public IReadOnlyList<YamlNode> Items()
    {
        var seq = Node as YamlSequenceNode ?? throw Error("expected a list");
        return [.. seq.Children.Select(c => new YamlNode(Path, c))];
    }

    public IReadOnlyList<string> StringList() => [.. Items().Select(i => i.Scalar())];

    public IReadOnlyList<string> OptionalStringList(string key) => Optional(key)?.StringList() ?? [];

    /// <summary>The entries of a mapping in file order (keys as text).</summary>
    public IReadOnlyList<(string Key, YamlNode Value)> Entries()
    {
        var map = Node as YamlMappingNode ?? throw Error("expected a mapping");
        return [.. map.Children.Select(kv => (
            kv.Key is YamlScalarNode { Value: { } k } ? k : throw new YamlNode(Path, kv.Key).Error("expected a text key"),
            new YamlNode(Path, kv.Value)))];
    }

    /// <summary>Throws when the mapping holds a key that no accessor asked for.</summary>
    public void EnsureAllRead()
    {
        var map = (YamlMappingNode)Node;
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_read.Contains(name))
            {
                throw new YamlNode(Path, key).Error($"unknown key '{name}'");
            }
        }
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null";
}
