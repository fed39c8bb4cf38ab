using System.Globalization;
using System.Text.RegularExpressions;

namespace Observatory.Warehouse.Tests.Metabase;

/// <summary>The Metabase kit of the repository (<c>dashboards/metabase</c>) and its questions.</summary>
public static partial class MetabaseKit
{
    public static string Directory { get; } = Locate();

    public static IReadOnlyList<string> QuestionFiles =>
        [.. System.IO.Directory.GetFiles(Path.Combine(Directory, "questions"), "*.sql").Order(StringComparer.Ordinal)];

    /// <summary>The question's SQL with each <c>{{variable}}</c> replaced as Metabase does (text quoted, number bare) by its declared sample value.</summary>
    public static string Substitute(string sql)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in VariableLine().Matches(sql))
        {
            var value = m.Groups["value"].Value;
            values[m.Groups["name"].Value] = m.Groups["type"].Value == "number"
                ? double.Parse(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
                : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        var substituted = Placeholder().Replace(sql, m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? v
            : throw new InvalidOperationException($"variable {{{{{m.Groups[1].Value}}}}} is used but not declared"));
        return OptionalClause().Replace(substituted, "$1");
    }

    public static string? Header(string sql, string key) =>
        Regex.Match(sql, "^-- " + key + ": (.*)$", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : null;

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "dashboards", "metabase");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "questions")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("dashboards/metabase not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""^-- variable: (?<name>\w+) (?<type>text|number) "[^"]*" (?<value>\S+)$""", RegexOptions.Multiline)]
    private static partial Regex VariableLine();

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[\[(.*?)\]\]", RegexOptions.Singleline)]
    private static partial Regex OptionalClause();
}
