namespace Observatory.Etl.Contracts.Internal;

/// <summary>Reads one entry of <c>variants:</c> and its headers.</summary>
internal static class VariantReader
{
    public static ContractVariant Read(YamlNode node)
    {
        var variant = new ContractVariant
        {
            Id = node.RequiredString("id"),
            VintageFrom = node.RequiredInt("vintage_from"),
            VintageTo = node.OptionalInt("vintage_to"),
            RecordType = node.OptionalString("record_type"),
            Sheet = node.Optional("sheet") is { } sheet ? ContractReader.Regex(sheet) : null,
            Constants = node.Optional("constants") is { } c
                ? c.Entries().ToDictionary(e => e.Key, e => e.Value.Scalar(), StringComparer.Ordinal)
                : new Dictionary<string, string>(),
            Note = node.OptionalString("note"),
            Headers = [.. node.Required("headers").Items().Select(Header)],
            Line = node.Line,
        };
        node.EnsureAllRead();
        if (variant.VintageTo < variant.VintageFrom)
        {
            throw node.Error($"vintage_to {variant.VintageTo} is before vintage_from {variant.VintageFrom}");
        }

        return variant;
    }

    private static HeaderSpec Header(YamlNode node)
    {
        var spec = new HeaderSpec
        {
            Name = node.Optional("name")?.Node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } n } ? n : null,
            Aliases = node.OptionalStringList("aliases"),
            Pattern = node.Optional("pattern") is { } p ? ContractReader.Regex(p) : null,
            Template = node.OptionalString("template"),
            Column = node.RequiredString("column"),
            Repeat = node.OptionalBool("repeat", false),
            Optional = node.OptionalBool("optional", false),
            Line = node.Line,
        };
        node.EnsureAllRead();
        if ((spec.Name is null) == (spec.Pattern is null))
        {
            throw node.Error("a header needs exactly one of 'name' or 'pattern'");
        }

        if (spec.Pattern is not null && spec.Template is null)
        {
            throw node.Error("a pattern header needs a 'template'");
        }

        if (spec.Repeat && spec.Pattern is null)
        {
            throw node.Error("'repeat' applies only to pattern headers");
        }

        return spec;
    }
}
