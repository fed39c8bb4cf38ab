using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>One selected field with the type it was selected on and its definition (null when unknown).</summary>
internal sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
{
    public NamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public FieldDefinition? Definition { get; } = definition;

    /// <summary>No arguments and no selection set: two such fields with the same name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

    /// <summary>Lookups prepared only when the field overlaps another.</summary>
    public FieldInfo? Info { get; set; }
}

/// <summary>Per-field lookups for merging: memoised comparison reasons, the named type, the arguments by name.</summary>
internal sealed class FieldInfo(NamedType? namedType, IReadOnlyList<ArgumentNode> arguments)
{
    public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

    public NamedType? NamedType { get; } = namedType;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public Dictionary<string, ValueNode> ArgumentValues { get; } = BuildValues(arguments);

    public string? TypeString { get; set; }

    private static Dictionary<string, ValueNode> BuildValues(IReadOnlyList<ArgumentNode> arguments)
    {
        var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            values[argument.Name.Value] = argument.Value;
        }

        return values;
    }
}

/// <summary>A selection set's fields grouped by response name (in order) and the fragments it spreads directly.</summary>
internal sealed class CollectedFields
{
    public OrderedDictionary<string, List<FieldDetails>> Grouped { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    /// <summary>Fragments already compared with these fields, and whether that comparison was mutually exclusive.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    public Dictionary<CollectedFields, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>>? Overlapping { get; set; }
}

/// <summary>Two fields (with the sub-fields that explain why) that cannot be merged under one response name.</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

/// <summary>Unordered pairs of fragment names, each remembered with the strongest exclusivity it was compared under.</summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<(string, string), bool> _data = [];

    public bool Has(string a, string b, bool areMutuallyExclusive) =>
        Has1(a, b, areMutuallyExclusive) || Has1(b, a, areMutuallyExclusive);

    public void Add(string a, string b, bool areMutuallyExclusive) => _data[(a, b)] = areMutuallyExclusive;

    private bool Has1(string a, string b, bool areMutuallyExclusive) =>
        _data.TryGetValue((a, b), out var stored) && (areMutuallyExclusive || !stored);
}
