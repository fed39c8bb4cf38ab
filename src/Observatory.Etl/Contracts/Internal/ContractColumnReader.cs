using Observatory.Core.Values;

namespace Observatory.Etl.Contracts.Internal;

/// <summary>Reads one entry of <c>columns:</c>.</summary>
internal static class ContractColumnReader
{
    private static readonly Dictionary<string, ColumnType> Types = new(StringComparer.Ordinal)
    {
        ["text"] = ColumnType.Text,
        ["code"] = ColumnType.Code,
        ["int"] = ColumnType.Int,
        ["decimal"] = ColumnType.Decimal,
        ["date"] = ColumnType.Date,
        ["period"] = ColumnType.Period,
    };

    public static ContractColumn Read(YamlNode node)
    {
        var column = new ContractColumn
        {
            Name = node.RequiredString("name"),
            Type = ContractReader.Enum(node.Required("type"), Types),
            Unit = node.OptionalString("unit"),
            Description = node.OptionalString("description"),
            Nullable = node.OptionalBool("nullable", true),
            Normalize = [.. (node.Optional("normalize")?.Items() ?? []).Select(Step)],
            Pattern = node.Optional("pattern") is { } p ? ContractReader.Regex(p).ToString() : null,
            Allowed = node.OptionalStringList("allowed"),
            Reference = node.Optional("reference") is { } r ? Reference(r) : null,
            Format = node.OptionalString("format"),
            Masks = node.Optional("masks") is { } m ? ContractReader.Masks(m) : new Dictionary<string, ValueStatus>(),
            Derive = node.Optional("derive") is { } d
                ? ContractReader.Enum<ColumnDerivation>(d, new() { ["vintage"] = ColumnDerivation.Vintage, ["unpivot_key"] = ColumnDerivation.UnpivotKey })
                : ColumnDerivation.None,
            Line = node.Line,
        };
        node.EnsureAllRead();
        return column;
    }

    private static NormalizeStep Step(YamlNode node) =>
        NormalizeStep.TryParse(node.Scalar())
        ?? throw node.Error($"'{node.Scalar()}' is not a normalisation step (trim, upper, lower, strip_dots, collapse_spaces, pad_left:<n>, round:<n>)");

    private static ColumnReference Reference(YamlNode node)
    {
        var reference = new ColumnReference(
            node.RequiredString("list"),
            node.Optional("unknown") is { } u
                ? ContractReader.Enum<UnknownCodePolicy>(u, new() { ["error"] = UnknownCodePolicy.Error, ["warning"] = UnknownCodePolicy.Warning, ["keep"] = UnknownCodePolicy.Keep })
                : UnknownCodePolicy.Error);
        node.EnsureAllRead();
        return reference;
    }
}
