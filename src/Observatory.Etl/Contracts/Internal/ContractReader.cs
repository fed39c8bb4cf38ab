using System.Text.RegularExpressions;
using Observatory.Core.Values;

namespace Observatory.Etl.Contracts.Internal;

/// <summary>Maps the YAML tree of one contract file onto <see cref="SourceContract"/>, strictly.</summary>
internal static partial class ContractReader
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public static SourceContract Read(string path, YamlNode root)
    {
        var sheets = root.Optional("sheets");
        Regex? dataSheet = null;
        IReadOnlyList<Regex> ignoredSheets = [];
        var allMatching = false;
        if (sheets is not null)
        {
            dataSheet = sheets.Optional("data") is { } dataNode ? Regex(dataNode) : null;
            ignoredSheets = [.. (sheets.Optional("ignore")?.Items() ?? []).Select(Regex)];
            allMatching = sheets.OptionalBool("all_matching", false);
            if (allMatching && dataSheet is null)
            {
                throw sheets.Error("'all_matching' needs a 'data' sheet pattern");
            }

            sheets.EnsureAllRead();
        }

        var contract = new SourceContract
        {
            Id = root.RequiredString("id"),
            ContractVersion = root.RequiredInt("contract_version"),
            Title = root.RequiredString("title"),
            Publisher = root.RequiredString("publisher"),
            Licence = root.RequiredString("licence"),
            Format = Enum<SourceFormat>(root.Required("format"), new() { ["csv"] = SourceFormat.Csv, ["xlsx"] = SourceFormat.Xlsx, ["finess"] = SourceFormat.Finess }),
            Encoding = Enum<string>(root.Required("encoding"), new() { ["utf-8"] = "utf-8", ["utf-8-bom"] = "utf-8-bom", ["iso-8859-1"] = "iso-8859-1" }),
            Delimiter = root.Optional("delimiter") is { } d ? Char(d) : null,
            DecimalSeparator = Enum<char>(root.Required("decimal_separator"), new() { [","] = ',', ["."] = '.' }),
            HasHeader = root.OptionalBool("has_header", true),
            FilePatterns = [.. (root.Optional("files")?.Items() ?? []).Select(Regex)],
            DataSheet = dataSheet,
            AllMatchingSheets = allMatching,
            IgnoredSheets = ignoredSheets,
            Preamble = root.Optional("preamble") is { } p ? Regex(p) : null,
            Grain = root.RequiredString("grain"),
            Key = root.Required("key").StringList(),
            Partitioning = root.OptionalStringList("partitioning"),
            MaxRejectRate = Rate(root.Required("max_reject_rate")),
            Masks = root.Optional("masks") is { } m ? Masks(m) : new Dictionary<string, ValueStatus>(),
            Detection = ReadDetection(root.Required("detection")),
            UnpivotKeyColumn = root.Optional("unpivot") is { } u ? ReadUnpivot(u) : null,
            Columns = [.. root.Required("columns").Items().Select(ContractColumnReader.Read)],
            Variants = [.. root.Required("variants").Items().Select(VariantReader.Read)],
            Rules = [.. root.Required("rules").Items().Select(RuleReader.Read)],
            FilePath = path,
        };
        root.EnsureAllRead();
        return contract;
    }

    public static Regex Regex(YamlNode node)
    {
        var text = node.Scalar();
        try
        {
            return new Regex(text, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ContractException(node.Path, node.Line, $"invalid regex '{text}': {e.Message}", e);
        }
    }

    public static T Enum<T>(YamlNode node, Dictionary<string, T> values)
    {
        var text = node.Scalar();
        return values.TryGetValue(text, out var value)
            ? value
            : throw node.Error($"'{text}' is not one of: {string.Join(", ", values.Keys)}");
    }

    public static IReadOnlyDictionary<string, ValueStatus> Masks(YamlNode node)
    {
        var masks = new Dictionary<string, ValueStatus>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Entries())
        {
            var status = ValueStatuses.Parse(value.Scalar());
            masks[key.Trim()] = status.Success ? status.Value : throw value.Error(status.Error);
        }

        return masks;
    }

    private static char Char(YamlNode node)
    {
        var text = node.Scalar();
        return text.Length == 1 ? text[0] : throw node.Error($"'{text}' is not a single character");
    }

    private static double Rate(YamlNode node)
    {
        var value = node.Double();
        return value is >= 0 and <= 1 ? value : throw node.Error($"{value} is outside [0, 1]");
    }

    private static string ReadUnpivot(YamlNode node)
    {
        var key = node.RequiredString("key_column");
        _ = node.OptionalString("description");
        node.EnsureAllRead();
        return key;
    }

    private static ContractDetection ReadDetection(YamlNode node)
    {
        var detection = new ContractDetection
        {
            Sheet = node.Optional("sheet") is { } s ? Regex(s) : null,
            File = node.Optional("file") is { } f ? Regex(f) : null,
            RequiredHeaders = node.OptionalStringList("required_headers"),
            RequiredPatterns = [.. (node.Optional("required_patterns")?.Items() ?? []).Select(Regex)],
            FirstLine = node.Optional("first_line") is { } l ? Regex(l) : null,
            RecordTags = node.OptionalStringList("record_tags"),
        };
        node.EnsureAllRead();
        return detection;
    }
}
