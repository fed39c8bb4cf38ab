using Observatory.Core.Reference;

namespace Observatory.Etl.Contracts.Internal;

/// <summary>
/// Self-consistency of one contract: unique names, every column named by a header, constant,
/// key, partition or rule is declared; a rule's <c>when</c> names allowed values; non-nullable key columns are
/// available in every variant; reference lists exist; vintage ranges of variants with the same record type do not
/// overlap.
/// </summary>
internal static class ContractValidator
{
    public static void Validate(SourceContract c, string expectedId)
    {
        if (c.Id != expectedId)
        {
            throw new ContractException(c.FilePath, 1, $"id '{c.Id}' differs from the file name '{expectedId}'");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in c.Columns)
        {
            if (!names.Add(column.Name))
            {
                throw new ContractException(c.FilePath, column.Line, $"duplicate column '{column.Name}'");
            }

            if (column.Reference is { } r && !ReferenceCatalog.ListNames.Contains(r.List))
            {
                throw new ContractException(c.FilePath, column.Line,
                    $"column '{column.Name}' references unknown list '{r.List}' (known: {string.Join(", ", ReferenceCatalog.ListNames)})");
            }
        }

        RequireDeclared(c, names, c.Key, 1, "key");
        RequireDeclared(c, names, c.Partitioning, 1, "partitioning");
        if (c.UnpivotKeyColumn is { } unpivot)
        {
            RequireDeclared(c, names, [unpivot], 1, "unpivot");
        }

        if (c.Variants.Count == 0)
        {
            throw new ContractException(c.FilePath, 1, "no variants");
        }

        var variantIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in c.Variants)
        {
            if (!variantIds.Add(v.Id))
            {
                throw new ContractException(c.FilePath, v.Line, $"duplicate variant '{v.Id}'");
            }

            foreach (var h in v.Headers)
            {
                RequireDeclared(c, names, [h.Column], h.Line, $"header '{h.Display}'");
            }

            RequireDeclared(c, names, [.. v.Constants.Keys], v.Line, "constants");
            var available = c.AvailableColumns(v);
            // A nullable key column may be absent from a layout: the department code of a national sheet.
            foreach (var key in c.Key.Where(k => !available.Contains(k) && c.FindColumn(k)?.Nullable != true))
            {
                throw new ContractException(c.FilePath, v.Line, $"key column '{key}' is not available in variant '{v.Id}'");
            }

            var overlapping = c.Variants.FirstOrDefault(o => !ReferenceEquals(o, v) && o.RecordType == v.RecordType && Overlaps(o, v));
            if (overlapping is not null)
            {
                throw new ContractException(c.FilePath, v.Line, $"variant '{v.Id}' overlaps the vintages of '{overlapping.Id}'");
            }
        }

        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in c.Rules)
        {
            if (!ruleIds.Add(rule.Id))
            {
                throw new ContractException(c.FilePath, rule.Line, $"duplicate rule '{rule.Id}'");
            }

            RequireDeclared(c, names, [.. rule.ReferencedColumns], rule.Line, $"rule '{rule.Id}'");
            if (rule.When is { } when)
            {
                RequireAllowed(c, rule, when);
            }
        }
    }

    /// <summary>A <c>when</c> on a column with a closed list names values of that list (after normalisation).</summary>
    private static void RequireAllowed(SourceContract c, RowRule rule, RuleCondition when)
    {
        var column = c.Columns.First(x => x.Name == when.Column);
        foreach (var value in when.Values.Where(v => column.Allowed.Count > 0 && !column.Allowed.Contains(v, StringComparer.Ordinal)))
        {
            throw new ContractException(c.FilePath, rule.Line,
                $"rule '{rule.Id}' tests '{when.Column}' for '{value}', which is not one of its allowed values ({string.Join(", ", column.Allowed)})");
        }
    }

    /// <summary>Two layouts compete for the same records: same record type, same sheet pattern and overlapping vintages.</summary>
    private static bool Overlaps(ContractVariant a, ContractVariant b) =>
        a.Sheet?.ToString() == b.Sheet?.ToString()
        && a.VintageFrom <= (b.VintageTo ?? int.MaxValue) && b.VintageFrom <= (a.VintageTo ?? int.MaxValue);

    private static void RequireDeclared(SourceContract c, HashSet<string> names, IEnumerable<string> used, int line, string where)
    {
        foreach (var name in used.Where(n => !names.Contains(n)))
        {
            throw new ContractException(c.FilePath, line, $"{where} uses undeclared column '{name}'");
        }
    }
}
