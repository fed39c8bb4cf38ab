using System.Text.RegularExpressions;
using Observatory.Warehouse.Models;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>
/// The official DARES level published beside the observatory's index cannot reveal a hidden index: it is read from the
/// publisher's file alone (and reference lists), never from a lake table the disclosure control protects.
/// </summary>
public sealed partial class OfficialTensionLineageTests
{
    [Fact]
    public void OfficialLevel_ReadsOnlyTheDaresFileAndReferenceLists()
    {
        var catalog = ModelCatalog.Load(EtlDirectory.Locate());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(["fct_tension_official"]);
        var tables = new SortedSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name))
            {
                continue;
            }

            var model = catalog[name];
            foreach (var dependency in model.DependsOn)
            {
                pending.Push(dependency);
            }

            foreach (Match match in FromOrJoin().Matches(LineComment().Replace(model.Sql, string.Empty)))
            {
                if (match.Groups["name"].Value is var table && (table.StartsWith("raw_", StringComparison.Ordinal) || table.StartsWith("ref_", StringComparison.Ordinal)))
                {
                    tables.Add(table);
                }
            }
        }

        Assert.Equal(["fct_tension_official", "int_metier_groups_derived", "stg_dares_tensions__levels"], seen.Order(StringComparer.Ordinal));
        Assert.Equal(["raw_dares_tensions"], tables.Where(t => t.StartsWith("raw_", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\b(?:from|join)\s+(?<name>[a-z_][a-z0-9_]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromOrJoin();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();
}
